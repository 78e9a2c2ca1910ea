namespace DeepCopy.Core
{
    /// <summary>
    /// PERF: registrations are kept in arrays replaced whole on each change, so readers (plan builders, the comparer)
    /// take a consistent snapshot without a lock. Writers hold their registry's lock.
    /// </summary>
    internal static class CopyOnWriteArray
    {
        /// <summary>A new array of <paramref name="items"/> followed by <paramref name="item"/>.</summary>
        public static T[] Append<T>(T[] items, T item)
        {
            var result = new T[items.Length + 1];
            System.Array.Copy(items, result, items.Length);
            result[items.Length] = item;
            return result;
        }
    }
}
