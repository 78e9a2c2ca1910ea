using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Base of the handlers whose shell is the whole copy, so nothing is left to populate: collections that cannot be
    /// filled once they exist (immutable and frozen collections, lookups: keys copied to completion, values copied as
    /// shells that the engine fills later, so a value may still lead back to the collection), fresh locks, and the
    /// schema objects of a table or set, which resolve to their twins in its copy. One exact runtime type each.
    /// A value that is itself built whole is copied inside this one's <see cref="DeepCopyHandler.CreateShell"/>; the engine copies such
    /// values first, deepest first, once they nest deeply (see <see cref="Parts"/>), so nesting costs no call stack.
    /// </summary>
    internal abstract class WholeCopyHandler : DeepCopyHandler
    {
        private readonly Type _type;

        protected WholeCopyHandler(Type type)
        {
            _type = type;
        }

        public sealed override bool NeedsPopulate => false;

        public sealed override bool CanHandle(Type type) => type == _type;

        public sealed override void Populate(object source, object shell, DeepCopyContext context)
        {
        }

        /// <summary>
        /// The children <see cref="DeepCopyHandler.CreateShell"/> copies through the context, in the order it copies them. It only reads
        /// the source. Handlers whose children are not built whole (fresh locks, schema objects) list none.
        /// </summary>
        internal virtual IEnumerable<WholeCopyPart> Parts(object source) => Array.Empty<WholeCopyPart>();

        /// <summary>Converts a copied key or value back to its slot type; null stays null for reference types.</summary>
        protected static T As<T>(object? value) => value is null ? default! : (T)value;

        /// <summary>
        /// Copies a value for a slot of type <typeparamref name="T"/>. A struct slot unboxes the copy at once, so its box
        /// must be filled before it is stored (<see cref="DeepCopyContext.CopyStructValue"/>).
        /// </summary>
        protected static T CopyValue<T>(T value, object? key, DeepCopyContext context) =>
            typeof(T).IsValueType ? As<T>(context.CopyStructValue(value, key)) : As<T>(context.CopyValue(value, key));
    }
}
