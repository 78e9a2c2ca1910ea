using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A subclass of LinkedList was field-walked: its first node went through the node handler, which makes a detached
/// node for the list handler to link, and no list handler ran. The copy kept the count with a head linked to nothing
/// (one item enumerated, Last null, Contains and AddLast throwing). Subclasses are now rebuilt around their base, like
/// those of the hashed collections: the subclass's own fields copied deep, the nodes re-added, none of its code run.
/// </summary>
public sealed class LinkedListSubclassTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_subclass_keeps_its_nodes_its_fields_and_their_sharing(DeepCopyStrategy strategy)
    {
        var source = new TaggedList();
        source.AddLast(new Leaf { V = 1 });
        source.AddLast(source.Extra);
        Constructions.Count = 0;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        GraphAssert.IsDeepCopy(source, copy);
        Assert.Equal(0, Constructions.Count);
        Assert.IsType<TaggedList>(copy);
        Assert.Equal(2, copy.Count);
        Assert.Equal(new[] { 1, 6 }, copy.Select(leaf => leaf.V));
        Assert.NotNull(copy.Last);
        Assert.Same(copy.Extra, copy.Last!.Value);
        Assert.NotSame(source.Extra, copy.Extra);
        Assert.Same(copy.Last, copy.Find(copy.Extra));
        Assert.Same(copy, copy.First!.List);
        copy.AddLast(new Leaf { V = 7 });
        Assert.Equal(new[] { 1, 6, 7 }, copy.Select(leaf => leaf.V));
        Assert.Equal(2, source.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_subclass_that_adds_nothing_keeps_its_items(DeepCopyStrategy strategy)
    {
        var source = PlainList.Of(1, 2);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.IsType<PlainList>(copy);
        Assert.Equal(new[] { 1, 2 }, copy);
        Assert.Same(copy.Last, copy.Find(2));
        Assert.Equal(2, copy.Last!.Value);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_node_the_subclass_keeps_in_its_own_field_is_the_node_in_the_copied_list(DeepCopyStrategy strategy)
    {
        var source = new TaggedList();
        source.AddLast(new Leaf { V = 1 });
        source.Cursor = source.AddLast(source.Extra);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Same(copy.Last, copy.Cursor);
        Assert.Same(copy, copy.Cursor!.List);
        Assert.Same(copy.Extra, copy.Cursor.Value);
        Assert.Equal(2, copy.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_node_held_before_its_subclassed_list_is_the_node_in_the_copied_list(DeepCopyStrategy strategy)
    {
        var list = PlainList.Of(1, 2, 3);
        var node = list.First!.Next!;

        var copy = DeepCopier.Copy(new object[] { node, list }, new DeepCopyOptions { Strategy = strategy })!;

        var copiedNode = Assert.IsType<LinkedListNode<int>>(copy[0]);
        var copiedList = Assert.IsType<PlainList>(copy[1]);
        Assert.Same(copiedList, copiedNode.List);
        Assert.Same(copiedList.First!.Next, copiedNode);
        Assert.Equal(new[] { 1, 2, 3 }, copiedList);
    }

    private static class Constructions
    {
        public static int Count;
    }

    public sealed class Leaf
    {
        public int V;
    }

    public sealed class TaggedList : LinkedList<Leaf>
    {
        public TaggedList()
        {
            Constructions.Count++;
        }

        public Leaf Extra = new Leaf { V = 6 };

        public LinkedListNode<Leaf>? Cursor;
    }

    public sealed class PlainList : LinkedList<int>
    {
        public static PlainList Of(params int[] items)
        {
            var list = new PlainList();
            foreach (var item in items)
            {
                list.AddLast(item);
            }

            return list;
        }
    }
}
