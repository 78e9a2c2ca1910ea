using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Pooling
{
    /// <summary>
    /// One reusable copy context per thread. A copy runs start to finish on one thread, so a thread-static slot needs
    /// no locks or interlocked operations: renting is a field read and a write. Microsoft.Extensions.ObjectPool's
    /// shared pool was the alternative; it was not adopted because its rent and return are interlocked operations on
    /// a shared array, and a context cached per thread also keeps its plan map warm for that thread's types (the
    /// two were not benchmarked against each other; see docs/strategies.md). A copy started while another is running
    /// on the same thread (a custom handler that copies) finds the slot empty and gets a fresh context: a miss, never
    /// a clash.
    /// </summary>
    internal static class ContextPool
    {
        [System.ThreadStatic]
        private static DeepCopyContext? _cached;

        /// <param name="filler">How the copy fills field-walked objects.</param>
        /// <param name="isThreadsOwnCopy">
        /// True for a copy of the thread's own, made by the Auto or Pooled strategy and not inside another copy: only such
        /// rents count in the thread's hit rate (Measure-DeepCopy's Pool hits), which would otherwise count the copies a
        /// copier makes, and the Json strategy's runs of copiers, as the row's own.
        /// </param>
        public static DeepCopyContext Rent(ObjectFiller filler, bool isThreadsOwnCopy)
        {
            var context = _cached;
            if (context is null)
            {
                DeepCopyDiagnostics.RecordPoolMiss(isThreadsOwnCopy);
                return ContextPoolPolicy.Create(filler);
            }

            _cached = null;
            DeepCopyDiagnostics.RecordPoolHit(isThreadsOwnCopy);
            context.UseFiller(filler);
            return context;
        }

        public static void Return(DeepCopyContext context)
        {
            if (ContextPoolPolicy.ResetForReuse(context))
            {
                _cached = context.ForNextCopy();
            }
        }

        /// <summary>Runs one copy on a rented context and always gives it back, also when the copy fails.</summary>
        public static object? Run(ObjectFiller filler, object? source, DeepCopyOptions options, out CopyStatistics statistics)
        {
            var context = Rent(filler, isThreadsOwnCopy: !DeepCopyContext.IsCopyRunningOnThisThread);
            try
            {
                var copy = context.Run(source, options);
                statistics = context.Statistics;
                return copy;
            }
            finally
            {
                Return(context);
            }
        }

        /// <summary>Drops this thread's context (tests use it to start cold).</summary>
        internal static void DropCurrentThreadContext() => _cached = null;

        /// <summary>Exposed for tests: whether this thread holds a pooled context right now.</summary>
        internal static bool HasContext => _cached != null;

    }
}
