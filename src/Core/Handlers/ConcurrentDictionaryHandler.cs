using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a <see cref="ConcurrentDictionary{TKey, TValue}"/> with its comparer. Its enumerator is designed to run
    /// beside writers, so the copy is the moment-in-time view that enumerator gives, not an error.
    /// </summary>
    internal sealed class ConcurrentDictionaryHandler<TKey, TValue> : KeyedCollectionHandler<ConcurrentDictionary<TKey, TValue>, TKey, TValue>
        where TKey : notnull
    {
        // netstandard2.0 does not expose Comparer; .NET 5+ has the property, .NET Framework keeps it in m_comparer.
        private static readonly Func<object, object?> ReadComparer = BuildComparerReader();

        protected override bool ChecksCount => false;

        /// <summary>The comparer <paramref name="dictionary"/> was made with, for a new one to be made with it too.</summary>
        internal static IEqualityComparer<TKey> ComparerOf(object dictionary) =>
            ReadComparer(dictionary) as IEqualityComparer<TKey> ?? EqualityComparer<TKey>.Default;

        protected override ConcurrentDictionary<TKey, TValue> CreateShell(ConcurrentDictionary<TKey, TValue> source, DeepCopyContext context) =>
            new ConcurrentDictionary<TKey, TValue>(ComparerOf(source));

        private static Func<object, object?> BuildComparerReader()
        {
            var type = typeof(ConcurrentDictionary<TKey, TValue>);
            var property = type.GetProperty("Comparer", BindingFlags.Instance | BindingFlags.Public);
            if (property != null)
            {
                return dictionary => property.GetValue(dictionary);
            }

            var field = type.GetField("m_comparer", BindingFlags.Instance | BindingFlags.NonPublic);
            return field != null ? dictionary => field.GetValue(dictionary) : (Func<object, object?>)(_ => null);
        }
    }
}
