using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// The accessor that differs between strategies: how a field-walked object's shell is made and its deep fields
    /// rewritten. Everything else (plans, arrays, collections, identity, paths) is shared.
    /// </summary>
    internal abstract class ObjectFiller
    {
        /// <summary>Makes the shell: a shallow clone, whose immutable fields are already final.</summary>
        public virtual object CreateShell(object source, TypePlan plan, DeepCopyContext context) => ShallowCloner.Clone(source);

        /// <summary>Rewrites each deep field of <paramref name="copy"/> with the copy of the source's value.</summary>
        public abstract void Populate(object source, object copy, TypePlan plan, DeepCopyContext context);
    }
}
