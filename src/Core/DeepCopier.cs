using DeepCopy.Core.Engine;
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
        /// <remarks>
        /// Under <see cref="DeepCopyStrategy.Json"/> the copy is plain data, not the source's type: <c>object[]</c> for
        /// lists and arrays, an ordered dictionary (a PSCustomObject or ordered hashtable in PowerShell) for objects and
        /// dictionaries, and <c>string</c>, <c>int</c>, <c>long</c>, <c>decimal</c>, <c>double</c>, <c>bool</c> or
        /// <c>DateTime</c> for scalars (docs/json-strategy.md). Use <c>T</c> = <see cref="object"/> (or an interface
        /// those results implement, such as <see cref="System.Collections.IList"/>) there, or the non-generic overload.
        /// </remarks>
        /// <exception cref="System.InvalidOperationException">
        /// The copy is not a <typeparamref name="T"/>: under Json, a <typeparamref name="T"/> such as <c>List&lt;int&gt;</c>,
        /// <c>Guid</c> or a class of your own. The message says what came back.
        /// </exception>
        public static T Copy<T>(T source, DeepCopyOptions? options = null)
        {
            var effective = options ?? DeepCopyOptions.Shared;
            var copy = Copy(source, effective, out _);
            if (copy is T typed)
            {
                return typed;
            }

            if (copy is null && default(T) is null)
            {
                return default!;
            }

            // Json's results are decided by the JSON, and type policies and shape adapters may return any type, so the
            // result is checked rather than T refused up front.
            throw CopyErrors.NotOfRequestedType(typeof(T), copy, effective.Strategy);
        }

        /// <summary>Copies <paramref name="source"/> and reports what the copy did.</summary>
        public static object? Copy(object? source, DeepCopyOptions? options, out CopyStatistics statistics)
        {
            var effective = options ?? DeepCopyOptions.Shared;
            var copy = CopyStrategies.For(effective.Strategy).Copy(source, effective, out statistics);

            // Every strategy reads the token at intervals; this last read means a cancelled copy never returns normally.
            effective.CancellationToken.ThrowIfCancellationRequested();
            return copy;
        }
    }
}
