using System;
using System.Threading;

namespace DeepCopy.Core
{
    /// <summary>
    /// Process-wide counters for tuning: how often pooled scratch state was reused (a hit) or had to be created
    /// (a miss). Measure-DeepCopy reads the measuring thread's share of them before and after a row to report its
    /// pool hit rate.
    /// </summary>
    public static class DeepCopyDiagnostics
    {
        private static long _poolHits;
        private static long _poolMisses;

        // The same counts for the current thread only, so a measurement sees its own copies and not those that other
        // threads (other runspaces, ForEach-Object -Parallel) make at the same time. Only the thread's own Auto and
        // Pooled copies count here, not the copies a copier makes inside them, nor the Json strategy's runs of
        // copiers: a row of Measure-DeepCopy reports the pool use of its own copies.
        [ThreadStatic]
        private static long _threadPoolHits;

        [ThreadStatic]
        private static long _threadPoolMisses;

        /// <summary>Copies that reused a pooled context.</summary>
        public static long PoolHits => Interlocked.Read(ref _poolHits);

        /// <summary>Copies that had to create a context because the pool had none to give.</summary>
        public static long PoolMisses => Interlocked.Read(ref _poolMisses);

        /// <summary>Auto and Pooled copies made on the current thread, not inside another copy, that reused a pooled context.</summary>
        internal static long CurrentThreadPoolHits => _threadPoolHits;

        /// <summary>Auto and Pooled copies made on the current thread, not inside another copy, that had to create a context.</summary>
        internal static long CurrentThreadPoolMisses => _threadPoolMisses;

        internal static void RecordPoolHit(bool isThreadsOwnCopy)
        {
            if (isThreadsOwnCopy)
            {
                _threadPoolHits++;
            }

            Interlocked.Increment(ref _poolHits);
        }

        internal static void RecordPoolMiss(bool isThreadsOwnCopy)
        {
            if (isThreadsOwnCopy)
            {
                _threadPoolMisses++;
            }

            Interlocked.Increment(ref _poolMisses);
        }
    }
}
