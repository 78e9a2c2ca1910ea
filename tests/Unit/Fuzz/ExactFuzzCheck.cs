using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// The properties every exact strategy must have on every generated graph: the copy is structurally equal, shares no
/// mutable object with the source, has the same shape of references, and the source is unchanged. Some seeds also
/// copy the copy, and check that MaxDepth cuts exactly at the depth the copy reported.
/// </summary>
internal static class ExactFuzzCheck
{
    /// <summary>Checks the graph of <paramref name="seed"/>; returns how many objects it had.</summary>
    public static int Run(int seed, DeepCopyStrategy strategy)
    {
        var graph = GraphGenerator.Create(seed);
        var source = graph.Root;
        var before = GraphSnapshot.Take(source);
        var placed = Reached(before, graph.NonCopyables);
        var options = new DeepCopyOptions { Strategy = strategy, NonCopyableAction = graph.Action };
        if (placed.Count > 0 && graph.Action == NonCopyableAction.Throw)
        {
            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, options, out _));
            Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
            Assert.Contains(error.OffendingValue!, placed);
            before.AssertUnchanged(source);
            return graph.Objects;
        }

        object? copy;
        CopyStatistics statistics;
        try
        {
            copy = DeepCopier.Copy(source, options, out statistics);
        }
        catch (DeepCopyException keyError) when (graph.Action == NonCopyableAction.Null && keyError.Kind == DeepCopyErrorKind.NonCopyableType)
        {
            // Null cannot stand in for a key or set element: that one place fails, naming the key.
            Assert.Contains(keyError.OffendingValue!, placed);
            Assert.Contains(".Keys[", keyError.Path, System.StringComparison.Ordinal);
            before.AssertUnchanged(source);
            return graph.Objects;
        }

        before.AssertUnchanged(source);
        if (placed.Count > 0 && graph.Action == NonCopyableAction.Null)
        {
            // Null changes the structure on purpose; what must hold is independence and no non-copyable left.
            IndependenceChecker.Check(source, copy, null);
            Assert.Empty(Reached(GraphSnapshot.Take(copy), graph.NonCopyables));
            return graph.Objects;
        }

        bool Shared(object value) => placed.Contains(value);
        GraphAssert.IsDeepCopy(source, copy, Shared);
        switch (seed & 3)
        {
            case 0:
                // A copy is an ordinary graph: copying it again gives another faithful copy.
                var again = DeepCopier.Copy(copy, options);
                GraphAssert.IsDeepCopy(copy, again, Shared);
                break;
            case 1 when statistics.MaxDepthReached > 1:
                // (MaxDepth 0 means no limit, so the check needs a depth of 2 or more.)
                // Retaken: the comparison above reads collections through their API, which may build lazy internals.
                var settled = GraphSnapshot.Take(source);
                var depth = statistics.MaxDepthReached;
                DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = graph.Action, MaxDepth = depth });
                var tooDeep = Assert.Throws<DeepCopyException>(() =>
                    DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = graph.Action, MaxDepth = depth - 1 }));
                Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, tooDeep.Kind);
                settled.AssertUnchanged(source);
                break;
        }

        return graph.Objects;
    }

    /// <summary>The placed objects the graph actually reaches (a later write may have replaced one).</summary>
    private static HashSet<object> Reached(GraphSnapshot snapshot, HashSet<object> placed)
    {
        var reached = new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (placed.Count == 0)
        {
            return reached;
        }

        foreach (var node in snapshot.Nodes)
        {
            if (placed.Contains(node))
            {
                reached.Add(node);
            }
        }

        return reached;
    }
}
