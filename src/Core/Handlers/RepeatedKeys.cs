using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Finds, after the fact, which copied key made a collection built whole (frozen collections, lookups) smaller than
    /// its source. Their factories merge equal keys without a word, so the handlers compare only counts on the way and
    /// come here when the counts differ, to name the key in the error.
    /// </summary>
    internal static class RepeatedKeys
    {
        /// <summary>
        /// The position of the first key in <paramref name="keys"/> equal, under <paramref name="comparer"/>, to one
        /// before it. The last position when none is (a comparer that answers differently on a second asking): the
        /// collection still lost an entry, and the error then points at the end of it.
        /// </summary>
        public static int FirstRepeat<T>(IReadOnlyList<T> keys, IEqualityComparer<T>? comparer)
        {
            var seen = new HashSet<T>(comparer ?? EqualityComparer<T>.Default);
            for (var position = 0; position < keys.Count; position++)
            {
                if (!seen.Add(keys[position]))
                {
                    return position;
                }
            }

            return keys.Count - 1;
        }

        /// <summary>The item at <paramref name="position"/> of <paramref name="items"/>' enumeration.</summary>
        public static T At<T>(IEnumerable<T> items, int position)
        {
            foreach (var item in items)
            {
                if (position-- == 0)
                {
                    return item;
                }
            }

            throw new System.ArgumentOutOfRangeException(nameof(position));
        }
    }
}
