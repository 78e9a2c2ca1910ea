using System.Threading;

namespace DeepCopy.Core
{
    /// <summary>
    /// Process-wide counters for tuning: how often pooled scratch state was reused (a hit) or had to be created
    /// (a miss). Measure-DeepCopy reads them before and after a run to report the pool hit rate.
    /// </summary>
    public static class DeepCopyDiagnostics
    {
        private static long _poolHits;
        private static long _poolMisses;

        /// <summary>Copies that reused a pooled context.</summary>
        public static long PoolHits => Interlocked.Read(ref _poolHits);

        /// <summary>Copies that had to create a context because the pool had none to give.</summary>
        public static long PoolMisses => Interlocked.Read(ref _poolMisses);

        internal static void RecordPoolHit() => Interlocked.Increment(ref _poolHits);

        internal static void RecordPoolMiss() => Interlocked.Increment(ref _poolMisses);
    }
}
