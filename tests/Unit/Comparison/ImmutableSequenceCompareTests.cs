using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// Immutable queues and stacks, and StringBuilders, are compared by what they hold, not by their fields: a queue's
/// forward and backward stacks depend on how it was built, and a builder keeps stale characters and spare capacity.
/// </summary>
public sealed class ImmutableSequenceCompareTests
{
    [Fact]
    public void Queues_with_the_same_items_built_differently_are_equal()
    {
        var created = ImmutableQueue.Create(1, 2, 3);
        var enqueued = ImmutableQueue<int>.Empty.Enqueue(1).Enqueue(2).Enqueue(3);

        Assert.Empty(DeepComparer.Compare(created, enqueued));
    }

    [Fact]
    public void Queues_with_different_items_differ_at_the_position()
    {
        var found = Assert.Single(DeepComparer.Compare(ImmutableQueue.Create(1, 2, 3), ImmutableQueue.Create(1, 5, 3)));

        Assert.Equal("$.Items[1]", found.Path);
        Assert.Equal("Expected 2 but found 5.", found.Message);
    }

    [Fact]
    public void Queues_of_different_lengths_differ_by_count()
    {
        var found = Assert.Single(DeepComparer.Compare(ImmutableQueue.Create(1, 2), ImmutableQueue.Create(1, 2, 3)));

        Assert.Equal(DeepDifferenceKind.CountDifferent, found.Kind);
    }

    [Fact]
    public void Stacks_are_compared_by_their_items_in_order()
    {
        Assert.Empty(DeepComparer.Compare(ImmutableStack.Create(1, 2, 3), ImmutableStack<int>.Empty.Push(1).Push(2).Push(3)));
        var found = Assert.Single(DeepComparer.Compare(ImmutableStack.Create(1, 2, 3), ImmutableStack.Create(1, 2, 4)));
        Assert.Equal("$.Items[0]", found.Path);
    }

    [Fact]
    public void A_queue_and_a_stack_of_the_same_items_differ_by_type()
    {
        var found = Assert.Single(DeepComparer.Compare(ImmutableQueue.Create(1), ImmutableStack.Create(1)));

        Assert.Equal(DeepDifferenceKind.TypeDifferent, found.Kind);
    }

    [Fact]
    public void Immutable_lists_and_sorted_sets_built_differently_are_equal()
    {
        var list = ImmutableList.CreateRange(Enumerable.Range(0, 50));
        var built = Enumerable.Range(0, 50).Aggregate(ImmutableList<int>.Empty, (l, i) => l.Add(i));
        var set = ImmutableSortedSet.CreateRange(Enumerable.Range(0, 50));
        var reversed = Enumerable.Range(0, 50).Reverse().Aggregate(ImmutableSortedSet<int>.Empty, (s, i) => s.Add(i));

        Assert.Empty(DeepComparer.Compare(list, built));
        Assert.Empty(DeepComparer.Compare(set, reversed));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copied_queue_and_stack_of_mutable_items_compare_equal_and_independent(DeepCopyStrategy strategy)
    {
        var source = new object[]
        {
            ImmutableQueue.Create(new List<int> { 1 }, new List<int> { 2 }),
            ImmutableStack.Create(new List<int> { 3 }),
            new StringBuilder("text"),
        };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Fact]
    public void The_independence_check_sees_a_mutable_item_shared_inside_queues()
    {
        var shared = new List<int> { 1 };
        var reference = ImmutableQueue.Create(new List<int>(), shared);
        var difference = ImmutableQueue.Create(new List<int>(), shared);

        var found = Assert.Single(DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true }));

        Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
        Assert.Equal("$.Items[1]", found.Path);
    }

    [Fact]
    public void StringBuilders_with_the_same_text_are_equal_whatever_their_history_and_capacity()
    {
        var edited = new StringBuilder("hello").Remove(2, 3);
        Assert.Empty(DeepComparer.Compare(new StringBuilder("he"), edited));
        Assert.Empty(DeepComparer.Compare(new StringBuilder("hi", 16), new StringBuilder("hi", 100)));
    }

    [Fact]
    public void StringBuilders_with_different_text_differ_once_with_both_texts()
    {
        var found = Assert.Single(DeepComparer.Compare(new StringBuilder("hi"), new StringBuilder("ho")));

        Assert.Equal("$.Text", found.Path);
        Assert.Equal("Expected 'hi' but found 'ho'.", found.Message);
    }

    [Fact]
    public void A_StringBuilder_differs_from_a_string_with_its_text()
    {
        var found = Assert.Single(DeepComparer.Compare(new StringBuilder("hi"), "hi"));

        Assert.Equal(DeepDifferenceKind.TypeDifferent, found.Kind);
    }
}
