using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>MaxDepth bounds nesting (the root is level 0, immutables do not count); 0 means no limit.</summary>
public sealed class MaxDepthTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Chain_exactly_at_the_limit_copies(DeepCopyStrategy strategy)
    {
        var source = Chains.Build(5);

        var copy = (Node?)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 4 }, out var statistics);

        Assert.Equal(4, statistics.MaxDepthReached);
        Chains.AssertCopied(source, copy, 5);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Chain_one_deeper_than_the_limit_throws_with_the_path(DeepCopyStrategy strategy)
    {
        var source = Chains.Build(5);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 3 }));

        Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, error.Kind);
        Assert.Equal("$.Next.Next.Next.Next", error.Path);
        Assert.False(error.IsFixedLimit);
        Assert.Equal(typeof(Node), error.OffendingType);
        Assert.Same(source.Next!.Next!.Next!.Next, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Nested_hashtables_count_levels_by_key(DeepCopyStrategy strategy)
    {
        var source = new Hashtable { ["a"] = new Hashtable { ["a"] = new Hashtable { ["a"] = new Hashtable() } } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 3 });
        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 2 }));

        GraphAssert.IsDeepCopy(source, copy);
        Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, error.Kind);
        Assert.Equal("$['a']['a']['a']", error.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Nested_lists_count_levels_by_index(DeepCopyStrategy strategy)
    {
        var source = new List<object> { "s", new List<object> { 1, new Node() } };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 1 }));

        Assert.Equal("$[1][1]", error.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Immutables_do_not_count_as_levels(DeepCopyStrategy strategy)
    {
        var source = new object[] { "text", 42, new Version(1, 2), new KeyValuePair<string, int>("k", 1) };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 1 }, out var statistics);

        Assert.Equal(0, statistics.MaxDepthReached);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Zero_means_no_limit(DeepCopyStrategy strategy)
    {
        var source = Chains.Build(10_000);

        var copy = (Node?)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 0 }, out _);

        Chains.AssertCopied(source, copy, 10_000);
    }

    [Fact]
    public void Negative_limit_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeepCopyOptions { MaxDepth = -1 });
    }
}
