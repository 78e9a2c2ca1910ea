using System;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Tells whether a rebuilt sorted list holds, at each index, the copy of the key the source holds there. Re-adding
    /// copied keys gives the source's order whenever the comparer orders the copies as it ordered the keys, which it does
    /// for keys the copy shares and for the usual comparers; one that orders by identity or by outside state may not.
    /// Only then may the copy take the source's version, so an enumerator copied with it resumes at the copied entry;
    /// otherwise it gets a version no enumerator of the source holds, and such an enumerator fails loudly (hunt 33).
    /// </summary>
    internal static class SortedListLayout
    {
        /// <summary>True when every key of the copy is, by reference, the copy this copy made of the source's key at its index.</summary>
        public static bool KeysAtSourceIndices(int count, Func<int, object?> sourceKeyAt, Func<int, object?> copyKeyAt, DeepCopyContext context)
        {
            for (var index = 0; index < count; index++)
            {
                if (!IsCopyOf(sourceKeyAt(index), copyKeyAt(index), context))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when <paramref name="copyKey"/> is, by reference, what this copy made of <paramref name="sourceKey"/> (itself, if shared).</summary>
        public static bool IsCopyOf(object? sourceKey, object? copyKey, DeepCopyContext context)
        {
            context.Tick();
            var expected = sourceKey != null && context.Map.TryGetValue(sourceKey, out var mapped) ? mapped : sourceKey;
            return ReferenceEquals(expected, copyKey);
        }
    }
}
