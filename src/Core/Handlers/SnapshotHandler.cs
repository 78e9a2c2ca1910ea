namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// The shared fill of collections that other threads write while they are read (concurrent collections, synchronized
    /// wrappers): the copy is built from one moment-in-time snapshot, which each subclass says how to take and how to
    /// add back, instead of from an enumeration that a writer could tear or cut short.
    /// </summary>
    internal abstract class SnapshotHandler<TCollection, T> : BuiltInHandler<TCollection>
        where TCollection : class
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        /// <summary>The collection's elements at one moment, in its enumeration order.</summary>
        protected abstract T[] Snapshot(TCollection source);

        /// <summary>Adds the copied elements so that the copy enumerates them in the order given; a loop ticks <paramref name="context"/> per element.</summary>
        protected abstract void Refill(TCollection shell, T[] copies, DeepCopyContext context);

        protected sealed override void Populate(TCollection source, TCollection shell, DeepCopyContext context)
        {
            var items = Snapshot(source);
            var copies = new T[items.Length];
            for (var index = 0; index < items.Length; index++)
            {
                context.Tick();
                copies[index] = _elementsImmutable ? items[index] : As<T>(context.CopyElement(items[index], index));
            }

            Refill(shell, copies, context);
        }
    }
}
