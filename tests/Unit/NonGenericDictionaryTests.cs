using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Hashtable, OrderedDictionary and SortedList are rebuilt with their comparer, order and flags.</summary>
public sealed class NonGenericDictionaryTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Hashtable_keeps_its_case_insensitive_comparer(DeepCopyStrategy strategy)
    {
        var source = new Hashtable(StringComparer.OrdinalIgnoreCase) { ["Key"] = new List<int> { 1 }, ["other"] = "x" };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(StringComparer.OrdinalIgnoreCase, CollectionTraits.ComparerOf(copy));
        Assert.True(copy.ContainsKey("KEY"));
        Assert.NotSame(source["Key"], copy["kEY"]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Synchronized_hashtable_stays_synchronized(DeepCopyStrategy strategy)
    {
        var source = Hashtable.Synchronized(new Hashtable(StringComparer.OrdinalIgnoreCase) { ["a"] = new List<int> { 1 } });

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.True(copy.IsSynchronized);
        Assert.True(copy.ContainsKey("A"));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void OrderedDictionary_keeps_order_and_comparer(DeepCopyStrategy strategy)
    {
        var source = new OrderedDictionary(StringComparer.OrdinalIgnoreCase)
        {
            { "zeta", new Node { Value = 1 } },
            { "alpha", 2 },
            { "mid", new List<int> { 3 } },
        };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(new[] { "zeta", "alpha", "mid" }, copy.Keys.Cast<string>());
        Assert.Same(StringComparer.OrdinalIgnoreCase, CollectionTraits.ComparerOf(copy));
        Assert.NotNull(copy["ZETA"]);
        Assert.NotSame(source[0], copy[0]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Read_only_OrderedDictionary_stays_read_only(DeepCopyStrategy strategy)
    {
        var source = new OrderedDictionary { ["a"] = new List<int> { 1 }, ["b"] = 2 }.AsReadOnly();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.True(copy.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => copy.Add("c", 3));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void SortedList_keeps_its_comparer_and_order(DeepCopyStrategy strategy)
    {
        var source = new SortedList(StringComparer.OrdinalIgnoreCase) { ["b"] = new Node { Value = 2 }, ["A"] = new List<int> { 1 }, ["c"] = "c" };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(new[] { "A", "b", "c" }, copy.Keys.Cast<string>());
        Assert.True(copy.ContainsKey("a"));
        Assert.Same(StringComparer.OrdinalIgnoreCase, CollectionTraits.ComparerOf(copy));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_sorted_list_whose_comparer_now_finds_two_keys_equal_gives_SourceChangedDuringCopy(DeepCopyStrategy strategy)
    {
        // Keys are added to the copy one by one; a comparer that no longer tells the source's keys apart makes the
        // second Add meet the first. That is reported, never a copy with an entry missing.
        var comparer = new SwitchableComparer();
        var source = new SortedList(comparer) { ["a"] = new List<int> { 1 }, ["b"] = new List<int> { 2 } };
        comparer.AllEqual = true;

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.SourceChangedDuringCopy, error.Kind);
        Assert.Same(source, error.OffendingValue);
    }

    private sealed class SwitchableComparer : IComparer
    {
        public bool AllEqual { get; set; }

        public int Compare(object? x, object? y) => AllEqual ? 0 : string.CompareOrdinal((string?)x, (string?)y);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Nested_hashtables_and_null_values_are_copied(DeepCopyStrategy strategy)
    {
        var source = new Hashtable { ["inner"] = new Hashtable { ["list"] = new ArrayList { 1, null }, ["none"] = null }, ["n"] = 1 };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.True(((Hashtable)copy["inner"]!).ContainsKey("none"));
        GraphAssert.IsDeepCopy(source, copy);
    }
}
