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
                context.Tick();
                var key = sourceKeyAt(index);
                var expected = key != null && context.Map.TryGetValue(key, out var mapped) ? mapped : key;
                if (!ReferenceEquals(expected, copyKeyAt(index)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
