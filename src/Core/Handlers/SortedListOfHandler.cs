using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a generic <see cref="SortedList{TKey, TValue}"/> with its comparer.</summary>
    internal sealed class SortedListOfHandler<TKey, TValue> : KeyedCollectionHandler<SortedList<TKey, TValue>, TKey, TValue>
        where TKey : notnull
    {
        protected override SortedList<TKey, TValue> CreateShell(SortedList<TKey, TValue> source, DeepCopyContext context) =>
            new SortedList<TKey, TValue>(source.Count, source.Comparer);
    }
}
