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
    public void Nested_hashtables_and_null_values_are_copied(DeepCopyStrategy strategy)
    {
        var source = new Hashtable { ["inner"] = new Hashtable { ["list"] = new ArrayList { 1, null }, ["none"] = null }, ["n"] = 1 };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.True(((Hashtable)copy["inner"]!).ContainsKey("none"));
        GraphAssert.IsDeepCopy(source, copy);
    }
}
