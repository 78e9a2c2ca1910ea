using System;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// Over-deep input against MaxDepth: a million-deep chain stops cleanly at a small limit on a 1 MB stack (the error
/// names the exact place, and the source is untouched), and a cycle adds no depth beyond its first visit.
/// </summary>
public sealed class DepthLimitTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Million_deep_chain_stops_at_a_small_MaxDepth_on_a_small_stack(DeepCopyStrategy strategy)
    {
        SmallStackThread.Run(() =>
        {
            var source = Chains.Build(1_000_000);

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 100 }));

            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, error.Kind);
            Assert.Equal("$" + string.Concat(System.Linq.Enumerable.Repeat(".Next", 101)), error.Path);
            var node = source;
            for (var i = 0; i < 101; i++)
            {
                node = node.Next!;
            }

            Assert.Same(node, error.OffendingValue);
            var length = 0;
            for (var link = source; link != null; link = link.Next)
            {
                Assert.Equal(length++, link.Value);
            }

            Assert.Equal(1_000_000, length);
        });
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Ring_counts_each_node_once(DeepCopyStrategy strategy)
    {
        var ring = Chains.Build(10);
        var last = ring;
        while (last.Next != null)
        {
            last = last.Next;
        }

        last.Next = ring;

        var copy = DeepCopier.Copy(ring, new DeepCopyOptions { Strategy = strategy, MaxDepth = 9 }, out var statistics);
        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(ring, new DeepCopyOptions { Strategy = strategy, MaxDepth = 8 }));

        Assert.Equal(9, statistics.MaxDepthReached);
        GraphAssert.IsDeepCopy(ring, copy);
        Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, error.Kind);
    }
}
