using System;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Runs a copy on a context of its own, as Compiled and Reflection do: nothing is shared with other copies but the
    /// plans and one number per root type, the object count of its last copy (held weakly for a type a host may unload).
    /// </summary>
    /// <remarks>
    /// PERF: a fresh identity map that starts small doubles its table a dozen times on a large graph, and every
    /// doubling re-inserts every entry at a random place: on the 10,000-order workload that was a tenth of the copy.
    /// Told the last copy's count for the same root type, the map grows straight to that size once a quarter of it is
    /// in (<see cref="IdentityMap.ForExpectedCount"/>), so a small copy after a large one still starts small.
    /// </remarks>
    internal static class FreshContext
    {
        /// <summary>Objects a hint may ask room for: a 512K-slot table (4 MB); bigger graphs double from there.</summary>
        internal const int MaxHint = 384 * 1024;

        private static readonly TypeTable<int> LastCounts = new TypeTable<int>();

        public static object? Run(ObjectFiller filler, object? source, DeepCopyOptions options, out CopyStatistics statistics)
        {
            var rootType = source?.GetType();
            var hint = rootType != null && LastCounts.TryGetValue(rootType, out var last) ? last : 0;
            var context = new DeepCopyContext(filler, hint);
            var copy = context.Run(source, options);
            statistics = context.Statistics;
            if (rootType != null && statistics.ObjectsCopied != hint)
            {
                LastCounts.Set(rootType, (int)Math.Min(statistics.ObjectsCopied, MaxHint));
            }

            return copy;
        }
    }
}
