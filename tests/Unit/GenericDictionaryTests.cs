using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Generic dictionaries are rebuilt with the same comparer instance; sorted ones keep their order.</summary>
public sealed class GenericDictionaryTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Dictionary_keeps_a_custom_comparer(DeepCopyStrategy strategy)
    {
        var comparer = new FirstLetterComparer();
        var source = new Dictionary<string, List<int>>(comparer) { ["apple"] = new List<int> { 1 }, ["banana"] = new List<int> { 2 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(comparer, copy.Comparer);
        Assert.Equal(new[] { 1 }, copy["Avocado"]);
        Assert.NotSame(source["apple"], copy["apple"]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Dictionary_keeps_a_case_insensitive_comparer(DeepCopyStrategy strategy)
    {
        var source = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["Key"] = new Node(), ["none"] = null };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(StringComparer.OrdinalIgnoreCase, copy.Comparer);
        Assert.Contains("KEY", copy);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void SortedDictionary_keeps_comparer_and_order(DeepCopyStrategy strategy)
    {
        var descending = Comparer<string>.Create((a, b) => string.CompareOrdinal(b, a));
        var source = new SortedDictionary<string, Node>(descending) { ["a"] = new Node { Value = 1 }, ["c"] = new Node { Value = 3 }, ["b"] = new Node() };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(descending, copy.Comparer);
        Assert.Equal(new[] { "c", "b", "a" }, copy.Keys);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Generic_SortedList_keeps_comparer_and_order(DeepCopyStrategy strategy)
    {
        var source = new SortedList<int, List<string>> { [3] = new List<string> { "c" }, [1] = new List<string> { "a" } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(new[] { 1, 3 }, copy.Keys);
        Assert.Same(source.Comparer, copy.Comparer);
        Assert.NotSame(source[1], copy[1]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ConcurrentDictionary_keeps_its_comparer(DeepCopyStrategy strategy)
    {
        var source = new ConcurrentDictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        source["One"] = new List<int> { 1 };
        source["two"] = new List<int> { 2 };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(StringComparer.OrdinalIgnoreCase, copy.Comparer);
        Assert.True(copy.ContainsKey("ONE"));
        Assert.NotSame(source["one"], copy["one"]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Dictionary_of_dictionaries_is_copied_at_every_level(DeepCopyStrategy strategy)
    {
        var source = new Dictionary<int, Dictionary<string, int[]>> { [1] = new Dictionary<string, int[]> { ["x"] = new[] { 1 } } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source[1]["x"], copy[1]["x"]);
        Assert.Equal(source.Keys.ToArray(), copy.Keys.ToArray());
        GraphAssert.IsDeepCopy(source, copy);
    }

    /// <summary>Keys are equal when they start with the same letter, in any case.</summary>
    private sealed class FirstLetterComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => char.ToUpperInvariant(x![0]) == char.ToUpperInvariant(y![0]);

        public int GetHashCode(string obj) => char.ToUpperInvariant(obj[0]);
    }
}
