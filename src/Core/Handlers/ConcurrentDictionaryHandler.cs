using System.Collections.Concurrent;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a <see cref="ConcurrentDictionary{TKey, TValue}"/> with its comparer. Its enumerator is designed to run
    /// beside writers, so the copy is the moment-in-time view that enumerator gives, not an error.
    /// </summary>
    internal sealed class ConcurrentDictionaryHandler<TKey, TValue> : KeyedCollectionHandler<ConcurrentDictionary<TKey, TValue>, TKey, TValue>
        where TKey : notnull
    {
        protected override bool ChecksCount => false;

        /// <summary>PERF: the count of a ConcurrentDictionary takes all its locks; TryAdd says whether the key was new.</summary>
        protected override bool Insert(ConcurrentDictionary<TKey, TValue> shell, TKey key, TValue value, int position) => shell.TryAdd(key, value);

        /// <summary>Set when this runtime's comparer cannot be read (see <see cref="ConcurrentDictionaryComparer{TKey, TValue}"/>).</summary>
        internal override string? UnsupportedReason => ConcurrentDictionaryComparer<TKey, TValue>.UnboundReason;

        /// <summary>The comparer <paramref name="dictionary"/> was made with, for a new one to be made with it too.</summary>
        internal static IEqualityComparer<TKey> ComparerOf(object dictionary) => ConcurrentDictionaryComparer<TKey, TValue>.Of(dictionary);

        protected override ConcurrentDictionary<TKey, TValue> CreateShell(ConcurrentDictionary<TKey, TValue> source, DeepCopyContext context) =>
            new ConcurrentDictionary<TKey, TValue>(ComparerOf(source));
    }
}
