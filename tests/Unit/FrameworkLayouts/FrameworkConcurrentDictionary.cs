using System.Collections.Generic;

namespace DeepCopy.Tests.FrameworkLayouts;

/// <summary>
/// The field layout of .NET Framework 4.x's ConcurrentDictionary (referencesource, ConcurrentDictionary.cs): the live
/// comparer sits in the tables; the outer m_comparer is only filled while serializing, so it is null here.
/// </summary>
internal sealed class FrameworkConcurrentDictionary
{
    internal IEqualityComparer<string>? m_comparer;

    private volatile Tables m_tables;

    public FrameworkConcurrentDictionary(IEqualityComparer<string> comparer)
    {
        m_tables = new Tables(comparer);
    }

    /// <summary>Once serialized, the outer field holds the comparer as it was then (possibly stale).</summary>
    public void SimulateSerialization() => m_comparer = m_tables.m_comparer;

    private sealed class Tables
    {
        internal readonly IEqualityComparer<string> m_comparer;

        public Tables(IEqualityComparer<string> comparer)
        {
            m_comparer = comparer;
        }
    }
}
