using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Reads the key comparer of a <see cref="ConcurrentDictionary{TKey, TValue}"/>, which netstandard2.0 cannot name.
    /// Bound once per key and value type, and proven on a probe dictionary made with a comparer of its own: a copy made
    /// with a comparer misread would compare its keys differently (a case-insensitive dictionary turned case-sensitive)
    /// without any error.
    /// </summary>
    internal static class ConcurrentDictionaryComparer<TKey, TValue>
        where TKey : notnull
    {
        /// <summary>
        /// Where runtimes keep it: .NET 5+ has the public Comparer property; .NET Framework keeps the live comparer in its
        /// tables (m_tables.m_comparer). Its outer m_comparer field is not a candidate: .NET Framework fills it only while
        /// serializing, so it is null on a live dictionary.
        /// </summary>
        internal static readonly string[][] Candidates =
        {
            new[] { "Comparer" },
            new[] { "m_tables", "m_comparer" },
        };

        /// <summary>The reader, or null when no candidate reads back the probe's comparer on this runtime.</summary>
        internal static Func<object, object?>? Reader { get; set; } = MemberChainBinder.Bind(typeof(ConcurrentDictionary<TKey, TValue>), Candidates, ReadsProbe);

        /// <summary>Why such dictionaries cannot be copied here (their comparer cannot be read); null when it can be.</summary>
        internal static string? UnboundReason => Reader is null ? UnreadableReason : null;

        internal const string UnreadableReason =
            "its key comparer cannot be read on this runtime, and a copy made without it could match keys differently (a case-insensitive dictionary would become case-sensitive)";

        /// <summary>The comparer <paramref name="dictionary"/> was made with; only called when <see cref="Reader"/> is bound.</summary>
        public static IEqualityComparer<TKey> Of(object dictionary) =>
            Reader!(dictionary) as IEqualityComparer<TKey> ?? EqualityComparer<TKey>.Default;

        /// <summary>A dictionary made with a comparer no runtime substitutes (an instance of our own) must read it back.</summary>
        private static bool ReadsProbe(Func<object, object?> read)
        {
            var probe = new ProbeComparer();
            return ReferenceEquals(read(new ConcurrentDictionary<TKey, TValue>(probe)), probe);
        }

        /// <summary>Compares as the default does; only its identity matters.</summary>
        private sealed class ProbeComparer : IEqualityComparer<TKey>
        {
            public bool Equals(TKey? x, TKey? y) => EqualityComparer<TKey>.Default.Equals(x!, y!);

            public int GetHashCode(TKey obj) => EqualityComparer<TKey>.Default.GetHashCode(obj);
        }
    }
}
