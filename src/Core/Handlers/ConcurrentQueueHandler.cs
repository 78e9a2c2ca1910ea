using System.Collections.Concurrent;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a <see cref="ConcurrentQueue{T}"/> from one moment-in-time snapshot (ToArray, which every enumeration
    /// of the queue also takes). Its segments are written while they are read, so a field-by-field copy taken while a
    /// producer runs could be torn: slots whose sequence numbers say "being written" forever, on which the copy's
    /// consumer would spin without end.
    /// </summary>
    internal sealed class ConcurrentQueueHandler<T> : BuiltInHandler<ConcurrentQueue<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        protected override ConcurrentQueue<T> CreateShell(ConcurrentQueue<T> source, DeepCopyContext context) => new ConcurrentQueue<T>();

        protected override void Populate(ConcurrentQueue<T> source, ConcurrentQueue<T> shell, DeepCopyContext context)
        {
            var items = source.ToArray();
            for (var index = 0; index < items.Length; index++)
            {
                shell.Enqueue(_elementsImmutable ? items[index] : As<T>(context.CopyElement(items[index], index)));
            }
        }
    }
}
