using System;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// A PriorityQueue is compared by the (element, priority) pairs it holds, in no insertion order, and by its comparer: its
/// fields are a heap array whose layout, spare slots and version depend on how it was filled.
/// </summary>
public sealed class PriorityQueueCompareTests
{
    [Fact]
    public void Queues_holding_the_same_pairs_built_in_different_orders_are_equal()
    {
        var pairs = new[] { ("a", 1), ("b", 2), ("c", 2), ("d", 3), ("a", 1), ("e", 2) };
        var forward = Fill(new PriorityQueue<string, int>(), pairs);
        var backward = Fill(new PriorityQueue<string, int>(64), pairs.Reverse());

        // A pair that came and went leaves the version and the heap's spare slots changed.
        backward.Enqueue("z", 0);
        backward.Dequeue();

        Assert.Empty(DeepComparer.Compare(forward, backward));
    }

    [Fact]
    public void Queues_of_equal_objects_tied_on_priority_are_equal_in_any_order()
    {
        var forward = new PriorityQueue<List<int>, int>();
        var backward = new PriorityQueue<List<int>, int>();
        for (var i = 0; i < 10; i++)
        {
            forward.Enqueue(new List<int> { i }, i % 2);
            backward.Enqueue(new List<int> { 9 - i }, (9 - i) % 2);
        }

        Assert.Empty(DeepComparer.Compare(forward, backward));
    }

    [Fact]
    public void A_differing_priority_is_reported_at_its_element()
    {
        var reference = Fill(new PriorityQueue<string, int>(), new[] { ("a", 1), ("b", 2), ("c", 4) });
        var difference = Fill(new PriorityQueue<string, int>(), new[] { ("c", 4), ("b", 3), ("a", 1) });

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
        Assert.Equal("$.Items['b']", found.Path);
        Assert.Equal("Expected 2 but found 3.", found.Message);
    }

    [Fact]
    public void Of_an_element_held_twice_the_pair_with_another_priority_is_reported()
    {
        var reference = Fill(new PriorityQueue<int, int>(), new[] { (7, 1), (7, 2), (8, 3) });
        var difference = Fill(new PriorityQueue<int, int>(), new[] { (8, 3), (7, 5), (7, 1) });

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal("$.Items[7]", found.Path);
        Assert.Equal("Expected 2 but found 5.", found.Message);
    }

    [Fact]
    public void A_missing_and_an_extra_element_are_reported_by_the_element()
    {
        var reference = Fill(new PriorityQueue<string, int>(), new[] { ("a", 1), ("b", 2) });
        var difference = Fill(new PriorityQueue<string, int>(), new[] { ("x", 2), ("a", 1) });

        var found = DeepComparer.Compare(reference, difference);

        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.Kind == DeepDifferenceKind.MissingKey && d.Path == "$.Items['b']" && d.Message == "The key 'b' is missing.");
        Assert.Contains(found, d => d.Kind == DeepDifferenceKind.ExtraKey && d.Path == "$.Items['x']" && d.Message == "The key 'x' is not expected.");
    }

    [Fact]
    public void A_pair_dequeued_from_one_queue_is_missing()
    {
        var reference = Fill(new PriorityQueue<string, int>(), new[] { ("a", 1), ("b", 2) });
        var difference = Fill(new PriorityQueue<string, int>(), new[] { ("a", 1), ("b", 2) });
        difference.Dequeue();

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal(DeepDifferenceKind.MissingKey, found.Kind);
        Assert.Equal("$.Items['a']", found.Path);
    }

    [Fact]
    public void Queues_that_order_priorities_differently_differ_at_the_comparer()
    {
        var reference = Fill(new PriorityQueue<string, int>(), new[] { ("a", 1) });
        var difference = Fill(new PriorityQueue<string, int>(Comparer<int>.Create((x, y) => y.CompareTo(x))), new[] { ("a", 1) });

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        // As for every sorted collection: at the collection, with the default comparer named as such.
        Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
        Assert.Equal("$", found.Path);
        Assert.Equal(
            "Expected priorities compared by the default comparer but they are compared by a [System.Collections.Generic.ComparisonComparer[System.Int32]].",
            found.Message);
    }

    [Fact]
    public void Two_different_comparers_of_one_type_read_differently()
    {
        var reference = Fill(new PriorityQueue<string, int>(Comparer<int>.Create((x, y) => y.CompareTo(x))), new[] { ("a", 1) });
        var difference = Fill(new PriorityQueue<string, int>(Comparer<int>.Create((x, y) => x.CompareTo(y))), new[] { ("a", 1) });

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
        Assert.Equal(
            "Expected priorities compared by a [System.Collections.Generic.ComparisonComparer[System.Int32]] but they are compared by a different [System.Collections.Generic.ComparisonComparer[System.Int32]].",
            found.Message);
    }

    [Fact]
    public void The_independence_check_sees_an_element_shared_by_two_queues()
    {
        var shared = new List<int> { 1 };
        var reference = new PriorityQueue<List<int>, int>();
        reference.Enqueue(shared, 1);
        var difference = new PriorityQueue<List<int>, int>();
        difference.Enqueue(shared, 1);

        var found = Assert.Single(DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true }));

        Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
        // Named as the pair is, by its element, not through the comparer's own wrapper of it.
        Assert.Equal("$.Items[<key of type System.Collections.Generic.List[System.Int32]>]", found.Path);
        Assert.Contains("at $.Items[<key of type System.Collections.Generic.List[System.Int32]>]:", found.Message);
    }

    [Fact]
    public void What_a_shared_element_holds_is_named_below_the_element()
    {
        var shared = new List<int> { 1 };
        var reference = new PriorityQueue<Box, int>();
        reference.Enqueue(new Box { Content = shared }, 1);
        var difference = new PriorityQueue<Box, int>();
        difference.Enqueue(new Box { Content = shared }, 1);

        var found = Assert.Single(DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true }));

        Assert.Equal("$.Items[<key of type DeepCopy.Tests.Comparison.PriorityQueueCompareTests+Box>].Content", found.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copied_queue_compares_equal_and_independent_and_dequeues_in_the_same_order(DeepCopyStrategy strategy)
    {
        var source = new PriorityQueue<List<int>, int>(Comparer<int>.Create((x, y) => y.CompareTo(x)));
        for (var i = 0; i < 40; i++)
        {
            // Many ties: the heap's layout decides which of them comes out first, and the copy must keep it.
            source.Enqueue(new List<int> { i }, i % 5);
        }

        source.Dequeue();
        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(source, copy);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        Assert.Equal(DrainToList(source), DrainToList(copy));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copied_queue_still_works(DeepCopyStrategy strategy)
    {
        var source = Fill(new PriorityQueue<string, int>(), new[] { ("b", 2), ("a", 1), ("c", 3) });

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        copy.Enqueue("first", 0);

        Assert.Equal(new[] { "first", "a", "b", "c" }, Drain(copy));
        Assert.Equal(new[] { "a", "b", "c" }, Drain(source));
    }

    private sealed class Box
    {
        public object? Content;
    }

    private static PriorityQueue<TElement, int> Fill<TElement>(PriorityQueue<TElement, int> queue, IEnumerable<(TElement Element, int Priority)> pairs)
    {
        foreach (var (element, priority) in pairs)
        {
            queue.Enqueue(element, priority);
        }

        return queue;
    }

    private static List<string> Drain(PriorityQueue<string, int> queue)
    {
        var items = new List<string>();
        while (queue.TryDequeue(out var element, out _))
        {
            items.Add(element);
        }

        return items;
    }

    private static List<(int Item, int Priority)> DrainToList(PriorityQueue<List<int>, int> queue)
    {
        var items = new List<(int, int)>();
        while (queue.TryDequeue(out var element, out var priority))
        {
            items.Add((element[0], priority));
        }

        return items;
    }
}
