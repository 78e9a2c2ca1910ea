using DeepCopy.Core.Strategies;

namespace DeepCopy.Core
{
    /// <summary>
    /// Deep-copies object graphs. The copy shares no mutable state with its source; it keeps exact types,
    /// collection comparers and order, and reproduces shared references and cycles. No constructor, property
    /// getter, Equals, GetHashCode or ToString of the source's types runs. The source is never changed, even
    /// when a copy fails. Safe to call from many threads at once. The one exception to the first two sentences is
    /// the lossy <see cref="DeepCopyStrategy.Json"/>, chosen explicitly, which runs getters and returns plain data.
    /// </summary>
    public static class DeepCopier
    {
        /// <summary>Copies <paramref name="source"/> with <paramref name="options"/> (or the defaults).</summary>
        public static T Copy<T>(T source, DeepCopyOptions? options = null) => (T)Copy(source, options, out _)!;

        /// <summary>Copies <paramref name="source"/> and reports what the copy did.</summary>
        public static object? Copy(object? source, DeepCopyOptions? options, out CopyStatistics statistics)
        {
            var effective = options ?? DeepCopyOptions.Default;
            var copy = CopyStrategies.For(effective.Strategy).Copy(source, effective, out statistics);

            // Every strategy reads the token at intervals; this last read means a cancelled copy never returns normally.
            effective.CancellationToken.ThrowIfCancellationRequested();
            return copy;
        }
    }
}
