using System.Collections.Concurrent;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a <see cref="ConcurrentQueue{T}"/> from one moment-in-time snapshot (ToArray, which every enumeration
    /// of the queue also takes). Its segments are written while they are read, so a field-by-field copy taken while a
    /// producer runs could be torn: slots whose sequence numbers say "being written" forever, on which the copy's
    /// consumer would spin without end.
    /// </summary>
    internal sealed class ConcurrentQueueHandler<T> : SnapshotHandler<ConcurrentQueue<T>, T>
    {
        protected override ConcurrentQueue<T> CreateShell(ConcurrentQueue<T> source, DeepCopyContext context) => new ConcurrentQueue<T>();

        protected override T[] Snapshot(ConcurrentQueue<T> source) => source.ToArray();

        protected override void Refill(ConcurrentQueue<T> shell, T[] copies, DeepCopyContext context)
        {
            foreach (var copy in copies)
            {
                context.Tick();
                shell.Enqueue(copy);
            }
        }
    }
}
