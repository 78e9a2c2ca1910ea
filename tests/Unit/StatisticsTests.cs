using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Copy statistics count each created object once (immutables and repeats excluded) and the deepest level.</summary>
public sealed class StatisticsTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Known_graph_reports_its_object_count_and_depth(DeepCopyStrategy strategy)
    {
        var shared = new Node { Value = 1 };
        var source = new Holder
        {
            Name = "n",
            Items = new List<Node> { shared, new Node { Value = 2 }, shared },
            Numbers = new[] { 1, 2, 3 },
            Map = new Hashtable { ["k"] = shared, ["s"] = "text" },
        };

        DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }, out var statistics);

        // The holder, the list, two distinct nodes, the int array and the hashtable.
        Assert.Equal(6L, statistics.ObjectsCopied);
        Assert.Equal(2, statistics.MaxDepthReached);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Immutable_root_reports_nothing_copied(DeepCopyStrategy strategy)
    {
        DeepCopier.Copy("text", new DeepCopyOptions { Strategy = strategy }, out var statistics);

        Assert.Equal(0L, statistics.ObjectsCopied);
        Assert.Equal(0, statistics.MaxDepthReached);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Cycle_counts_each_object_once(DeepCopyStrategy strategy)
    {
        var source = Chains.Build(3);
        source.Next!.Next!.Next = source;

        DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }, out var statistics);

        Assert.Equal(3L, statistics.ObjectsCopied);
        Assert.Equal(2, statistics.MaxDepthReached);
    }

    private sealed class Holder
    {
        public string? Name;
        public List<Node>? Items;
        public int[]? Numbers;
        public Hashtable? Map;
    }
}
