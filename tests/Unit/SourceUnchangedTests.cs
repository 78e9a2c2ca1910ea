using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.IO;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>A copy only reads its source: after success, failure or cancellation the source is exactly as it was.</summary>
public sealed class SourceUnchangedTests
{
    public SourceUnchangedTests() => HookHandler.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Source_is_unchanged_after_a_copy_and_after_changes_to_the_copy(DeepCopyStrategy strategy)
    {
        var source = RichGraph.Create();
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        before.AssertUnchanged(source);

        var list = (List<object?>)copy["list"]!;
        ((Node)list[2]!).Value = 1000;
        list.Add("added");
        ((OrderedDictionary)copy["ordered"]!).Clear();
        ((Stack<Node>)copy["stack"]!).Pop().Value = -1;
        ((Node)copy["ring"]!).Next!.Value = 2000;
        ((object?[,])copy["grid"]!)[1, 1] = "set";
        copy["new"] = 1;
        before.AssertUnchanged(source);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Source_is_unchanged_after_a_copy_fails_deep_inside(DeepCopyStrategy strategy)
    {
        var source = RichGraph.Create();
        ((List<object?>)source["list"]!).Add(new Hashtable { ["deep"] = new object[] { new List<int> { 1 }, new MemoryStream() } });
        var before = GraphSnapshot.Take(source);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        before.AssertUnchanged(source);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Source_is_unchanged_after_MaxDepth_stops_the_copy(DeepCopyStrategy strategy)
    {
        var source = RichGraph.Create();
        var before = GraphSnapshot.Take(source);

        Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 1 }));

        before.AssertUnchanged(source);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Source_is_unchanged_after_a_cancelled_copy(DeepCopyStrategy strategy)
    {
        using var cancellation = new CancellationTokenSource();
        var graph = RichGraph.Create();
        var chain = Chains.Build(2000);
        var source = new List<object> { new HookItem(onShell: cancellation.Cancel), graph, chain };

        // The hook's delegate leads to the token source, whose state cancelling changes; only the data is watched.
        var watched = new object[] { graph, chain };
        var before = GraphSnapshot.Take(watched);

        Assert.ThrowsAny<System.OperationCanceledException>(() =>
            DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, CancellationToken = cancellation.Token }));

        before.AssertUnchanged(watched);
    }
}
