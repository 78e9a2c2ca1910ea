using System.Collections.Concurrent;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a <see cref="ConcurrentBag{T}"/>, the usual collector of ForEach-Object -Parallel results. Its fields
    /// hold one queue per thread that added (a ThreadLocal, which cannot be copied); the copy is built from one
    /// moment-in-time snapshot instead, added in reverse so that the copy enumerates in the snapshot's order.
    /// </summary>
    internal sealed class ConcurrentBagHandler<T> : SnapshotHandler<ConcurrentBag<T>, T>
    {
        protected override ConcurrentBag<T> CreateShell(ConcurrentBag<T> source, DeepCopyContext context) => new ConcurrentBag<T>();

        protected override T[] Snapshot(ConcurrentBag<T> source) => source.ToArray();

        protected override void Refill(ConcurrentBag<T> shell, T[] copies, DeepCopyContext context)
        {
            // A bag enumerates the adding thread's items last-in first-out.
            for (var index = copies.Length - 1; index >= 0; index--)
            {
                context.Tick();
                shell.Add(copies[index]);
            }
        }
    }
}
