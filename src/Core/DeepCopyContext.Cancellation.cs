using DeepCopy.Core.Engine;

namespace DeepCopy.Core
{
    /// <summary>
    /// How a copy honours its cancellation token: one countdown, ticked by the work loop, by every child copied and by
    /// every element loop of the handlers, so a cancelled copy stops within about a thousand cheap steps, however large
    /// a single collection is. The copy then throws <see cref="System.OperationCanceledException"/> out of
    /// <c>DeepCopier.Copy</c> and its half-built objects are dropped with the context's state.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>
        /// A work item fills a whole object, so it counts as several elements: the token is read every 256 work items
        /// when nothing else ticks, as it was before elements counted.
        /// </summary>
        private const int WorkItemSteps = CancellationCountdown.Interval / 256;

        /// <summary>
        /// An insert into a hashed or sorted collection runs the key's own hashing or comparing code, whose cost the copy
        /// cannot bound: keys with one constant hash code make each insert walk every key before it (60,000 such keys
        /// took 36 s). It counts as this many steps, so the token is read every 16 inserts.
        /// </summary>
        private const int InsertSteps = CancellationCountdown.Interval / 16;

        private CancellationCountdown _countdown;

        /// <summary>One element of a collection, for loops that take some elements as they are, without CopyElement or CopyValue.</summary>
        internal void Tick() => _countdown.Tick();

        /// <summary>One entry inserted into a hashed or sorted collection: see <see cref="InsertSteps"/>.</summary>
        internal void TickInsert() => _countdown.Tick(InsertSteps);

        /// <summary>Reads the token now, for loops whose every step is dear (a slice of an array, a data row).</summary>
        internal void ThrowIfCancellationRequested() => _cancellationToken.ThrowIfCancellationRequested();
    }
}
