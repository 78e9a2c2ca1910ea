using System;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Typed base for the built-in collection handlers: one exact collection type each, rebuilt rather than bucket-copied.</summary>
    internal abstract class BuiltInHandler<TCollection> : DeepCopyHandler
        where TCollection : class
    {
        public override bool CanHandle(Type type) => type == typeof(TCollection);

        internal override bool InvalidOperationMeansSourceChanged => true;

        public sealed override object CreateShell(object source, DeepCopyContext context) => CreateShell((TCollection)source, context);

        public sealed override void Populate(object source, object shell, DeepCopyContext context) =>
            Populate((TCollection)source, (TCollection)shell, context);

        protected abstract TCollection CreateShell(TCollection source, DeepCopyContext context);

        protected abstract void Populate(TCollection source, TCollection shell, DeepCopyContext context);

        /// <summary>True when every value a slot of <paramref name="declared"/> type can hold is immutable, so it can be taken as is.</summary>
        protected static bool AlwaysImmutable(Type declared) => SlotTypes.AlwaysImmutable(declared);

        /// <summary>Converts a copied element back to the slot type; null stays null for reference types.</summary>
        protected static T As<T>(object? value) => value is null ? default! : (T)value;

        /// <summary>
        /// Reports a source whose count moved while it was copied: a writer on another thread. Keys whose copies collide
        /// are reported at their insertion, before this runs, so a shortfall here is never theirs.
        /// </summary>
        protected static void EnsureSameCount(int sourceCount, int copyCount, object source, DeepCopyContext context)
        {
            if (sourceCount != copyCount)
            {
                context.ReportSourceChanged(source);
            }
        }
    }
}
