using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A LinkedListNode the graph holds besides its list (a class that keeps the node it added) is the node in the copied
/// list, whichever the copy meets first; before, it was a second node that claimed the copied list without being in it.
/// </summary>
public sealed class LinkedListNodeTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_node_held_after_its_list_is_the_node_in_the_copied_list(DeepCopyStrategy strategy) =>
        AssertOneStructure(strategy, nodeFirst: false);

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_node_held_before_its_list_is_the_node_in_the_copied_list(DeepCopyStrategy strategy) =>
        AssertOneStructure(strategy, nodeFirst: true);

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_node_held_alone_brings_a_copy_of_its_list(DeepCopyStrategy strategy)
    {
        var (list, node) = Build();

        var copy = DeepCopier.Copy(node, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotNull(copy.List);
        Assert.NotSame(list, copy.List);
        Assert.Same(copy, copy.List!.First!.Next);
        Assert.Equal(list.Select(item => item.Value), copy.List.Select(item => item.Value));
        Assert.NotSame(node.Value, copy.Value);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_detached_node_copies_detached(DeepCopyStrategy strategy)
    {
        var (list, node) = Build();
        list.Remove(node);

        var copy = DeepCopier.Copy(node, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Null(copy.List);
        Assert.Equal(2, copy.Value.Value);
        Assert.NotSame(node.Value, copy.Value);
    }

    private static void AssertOneStructure(DeepCopyStrategy strategy, bool nodeFirst)
    {
        var (list, node) = Build();
        var source = nodeFirst ? new object[] { node, list } : new object[] { list, node };
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        var copiedList = (LinkedList<Node>)copy[nodeFirst ? 1 : 0];
        var copiedNode = (LinkedListNode<Node>)copy[nodeFirst ? 0 : 1];

        Assert.Same(copiedList, copiedNode.List);
        Assert.Same(copiedNode, copiedList.First!.Next);
        Assert.Equal(new[] { 1, 2, 3 }, copiedList.Select(item => item.Value));
        GraphAssert.IsDeepCopy(source, copy);

        copiedList.Remove(copiedNode);
        Assert.Equal(new[] { 1, 3 }, copiedList.Select(item => item.Value));
        before.AssertUnchanged(source);
    }

    private static (LinkedList<Node> List, LinkedListNode<Node> Node) Build()
    {
        var list = new LinkedList<Node>();
        list.AddLast(new Node { Value = 1 });
        var node = list.AddLast(new Node { Value = 2 });
        list.AddLast(new Node { Value = 3 });
        return (list, node);
    }
}
