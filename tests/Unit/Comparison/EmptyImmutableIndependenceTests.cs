using System.Collections;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// An empty immutable or frozen collection cannot change and holds nothing, so one both graphs reach (the static Empty
/// a copy returns as is, or the framework's empty tree node) is no link between them. A shared non-empty one still is
/// reported: the copier copies those, so sharing one means a copy was missed.
/// </summary>
public sealed class EmptyImmutableIndependenceTests
{
    private static readonly DeepCompareOptions Independence = new DeepCompareOptions { Independence = true };

    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(
        "ImmutableHashSet", "ImmutableDictionary", "FrozenSet", "FrozenDictionary", "ImmutableQueue", "ImmutableStack",
        "EmptiedQueue", "EmptiedStack", "ImmutableList", "ImmutableSortedSet", "ImmutableSortedDictionary");

    private static object Empty(string name) => name switch
    {
        "ImmutableHashSet" => ImmutableHashSet<string>.Empty,
        "ImmutableDictionary" => ImmutableDictionary<string, int>.Empty,
        "FrozenSet" => FrozenSet<int>.Empty,
        "FrozenDictionary" => FrozenDictionary<int, int>.Empty,
        "ImmutableQueue" => ImmutableQueue<int>.Empty,
        "ImmutableStack" => ImmutableStack<int>.Empty,
        "EmptiedQueue" => ImmutableQueue.Create(1).Dequeue(),
        "EmptiedStack" => ImmutableStack.Create(1).Pop(),
        "ImmutableList" => ImmutableList<int>.Empty,
        "ImmutableSortedSet" => ImmutableSortedSet<int>.Empty,
        _ => ImmutableSortedDictionary<int, int>.Empty,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_copy_of_an_empty_immutable_collection_is_independent(DeepCopyStrategy strategy, string name)
    {
        var source = new Hashtable { ["v"] = Empty(name) };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Empty(DeepComparer.Compare(source, copy, Independence));
    }

    [Fact]
    public void The_same_empty_singleton_in_two_graphs_built_apart_is_not_reported()
    {
        foreach (var name in new[] { "ImmutableHashSet", "FrozenSet", "EmptiedQueue", "EmptiedStack" })
        {
            Assert.Empty(DeepComparer.Compare(new Hashtable { ["v"] = Empty(name) }, new Hashtable { ["v"] = Empty(name) }, Independence));
        }
    }

    [Fact]
    public void Immutable_trees_built_apart_share_only_the_empty_node_which_is_not_reported()
    {
        Assert.Empty(DeepComparer.Compare(ImmutableList.Create(1, 2), ImmutableList.Create(1, 2), Independence));
        Assert.Empty(DeepComparer.Compare(ImmutableSortedSet.Create(1, 2), ImmutableSortedSet.Create(1, 2), Independence));
        Assert.Empty(DeepComparer.Compare(ImmutableSortedDictionary<int, int>.Empty.Add(1, 1), ImmutableSortedDictionary<int, int>.Empty.Add(1, 1), Independence));
    }

    [Fact]
    public void A_shared_non_empty_immutable_collection_is_still_reported()
    {
        var set = ImmutableHashSet.Create("a");

        var found = Assert.Single(DeepComparer.Compare(new Hashtable { ["v"] = set }, new Hashtable { ["v"] = set }, Independence));

        Assert.Equal("$['v']", found.Path);
        Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
    }

    [Fact]
    public void A_mutable_item_shared_by_two_non_empty_queues_is_reported()
    {
        var list = new List<int>();

        var found = DeepComparer.Compare(ImmutableQueue.Create<object>(list), ImmutableQueue.Create<object>(list), Independence);

        Assert.Equal("$.Items[0]", Assert.Single(found).Path);
    }

    [Fact]
    public void An_empty_builder_is_mutable_and_still_reported_when_shared()
    {
        var builder = ImmutableList.CreateBuilder<int>();

        var found = DeepComparer.Compare(new Hashtable { ["b"] = builder }, new Hashtable { ["b"] = builder }, Independence);

        Assert.Contains(found, d => d.Path == "$['b']" && d.Kind == DeepDifferenceKind.SharedReference);
    }
}
