using System;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Base of the handlers whose shell is the whole copy, so nothing is left to populate: collections that cannot be
    /// filled once they exist (immutable and frozen collections, lookups: keys copied to completion, values copied as
    /// shells that the engine fills later, so a value may still lead back to the collection), fresh locks, and the
    /// schema objects of a table or set, which resolve to their twins in its copy. One exact runtime type each.
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

        /// <summary>Converts a copied key or value back to its slot type; null stays null for reference types.</summary>
        protected static T As<T>(object? value) => value is null ? default! : (T)value;
    }
}
