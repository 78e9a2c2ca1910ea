using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="SortedDictionary{TKey, TValue}"/> with its comparer.</summary>
    internal sealed class SortedDictionaryHandler<TKey, TValue> : KeyedCollectionHandler<SortedDictionary<TKey, TValue>, TKey, TValue>
        where TKey : notnull
    {
        protected override SortedDictionary<TKey, TValue> CreateShell(SortedDictionary<TKey, TValue> source, DeepCopyContext context) =>
            new SortedDictionary<TKey, TValue>(source.Comparer);
    }
}
