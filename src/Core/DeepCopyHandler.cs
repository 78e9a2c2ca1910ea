using System;

namespace DeepCopy.Core
{
    /// <summary>
    /// The extension point: copies values of the types it claims. The engine creates the copy through
    /// <see cref="CreateShell"/>, records it (so shared references and cycles resolve to it), and later calls
    /// <see cref="Populate"/>, where children are copied through the <see cref="DeepCopyContext"/>.
    /// Handlers must only read the source and must never call back into the engine recursively by other means,
    /// so that graph depth never depends on the call stack.
    /// </summary>
    public abstract class DeepCopyHandler
    {
        /// <summary>
        /// True when this handler copies values whose exact runtime type is <paramref name="type"/>. Asked once per type; the
        /// answer is cached. An exception from it fails the copy that asked with a <see cref="DeepCopyException"/> of kind
        /// <see cref="DeepCopyErrorKind.HandlerFailed"/> that names this handler and the type (and is asked again by the next copy).
        /// </summary>
        public abstract bool CanHandle(Type type);

        /// <summary>
        /// Creates the (possibly empty) copy of <paramref name="source"/>. Children may be copied here through the context
        /// when the copy cannot exist without them.
        /// </summary>
        /// <returns>
        /// An instance of the source's own type or of a type derived from it, so it fits wherever the source was stored (a
        /// typed field, a typed array). Anything else fails the copy with a <see cref="DeepCopyException"/> of kind
        /// <see cref="DeepCopyErrorKind.HandlerFailed"/> whose path is the value's. Null is allowed and is a null copy: the
        /// copy holds null in the value's place (as a custom copier that returns null does) and <see cref="Populate"/> is
        /// not called.
        /// </returns>
        public abstract object CreateShell(object source, DeepCopyContext context);

        /// <summary>
        /// Fills <paramref name="shell"/> from <paramref name="source"/>. Called once, after the shell is registered. The
        /// <see cref="DeepCopyContext"/> is valid only during this call and <see cref="CreateShell"/>: do not keep it.
        /// </summary>
        public abstract void Populate(object source, object shell, DeepCopyContext context);

        /// <summary>False when <see cref="CreateShell"/> already makes the whole copy, so <see cref="Populate"/> need not be scheduled.</summary>
        public virtual bool NeedsPopulate => true;

        /// <summary>
        /// True for the built-in collection handlers, whose only source of <see cref="InvalidOperationException"/> is a
        /// collection enumerator noticing a concurrent write. A registered handler's own exceptions are its failures.
        /// </summary>
        internal virtual bool InvalidOperationMeansSourceChanged => false;

        /// <summary>
        /// For built-in handlers that need a class-library member this runtime lacks (found by name, and proven): why
        /// values of the type cannot be copied here. The type is then planned as non-copyable, so NonCopyableAction and
        /// type policies decide, rather than a copy that silently loses what could not be read. Null when supported.
        /// </summary>
        internal virtual string? UnsupportedReason => null;

        /// <summary>
        /// True when <paramref name="source"/> is a wrapper that lends its place to the value it wraps (copied through
        /// <see cref="DeepCopyContext.CopyWrapped"/>): the two count as one level of MaxDepth, as the Json strategy, which
        /// writes the wrapped value in the wrapper's place, counts them. The wrapper is then no level of its own, so a
        /// wrapped number at a leaf stays a leaf, and the wrapped value is checked and counted at the wrapper's place.
        /// False (every handler but PowerShell's PSObject) for a value that is a level itself.
        /// </summary>
        internal virtual bool LendsLevelToWrapped(object source) => false;

        /// <summary>
        /// Whether <see cref="LendsLevelToWrapped"/> can ever be true for this handler: read once into the type plan, so
        /// the copy asks it per value only for wrappers, and every other handler's objects cost one field read.
        /// </summary>
        internal virtual bool MayLendLevelToWrapped => false;
    }
}
