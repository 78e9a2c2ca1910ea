using System;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Sets are rebuilt with their comparer; sorted sets keep their order.</summary>
public sealed class SetTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void HashSet_keeps_its_comparer(DeepCopyStrategy strategy)
    {
        var source = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Alpha", "beta" };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Same(StringComparer.OrdinalIgnoreCase, copy.Comparer);
        Assert.Contains("ALPHA", copy);
        Assert.False(copy.Add("BETA"));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void HashSet_of_mutable_elements_copies_each_element(DeepCopyStrategy strategy)
    {
        var element = new List<int> { 1 };
        var source = new Holder { Set = new HashSet<object> { element, new Node { Value = 2 } }, Favourite = element };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(element, copy.Favourite);
        Assert.Contains(copy.Favourite!, copy.Set!);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void SortedSet_keeps_comparer_and_order(DeepCopyStrategy strategy)
    {
        var descending = Comparer<string>.Create((a, b) => string.CompareOrdinal(b, a));
        var source = new SortedSet<string>(descending) { "a", "c", "b" };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(descending, copy.Comparer);
        Assert.Equal(new[] { "c", "b", "a" }, copy);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void SortedSet_of_ints_is_a_new_set(DeepCopyStrategy strategy)
    {
        var source = new SortedSet<int> { 5, 1, 3 };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Equal(new[] { 1, 3, 5 }, copy);
        copy.Add(2);
        Assert.Equal(3, source.Count);
    }

    private sealed class Holder
    {
        public HashSet<object>? Set;

        public object? Favourite;
    }
}
