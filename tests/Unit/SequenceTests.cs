using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Lists, linked lists, stacks and queues keep their order (a stack pops, a queue dequeues, in the same sequence).</summary>
public sealed class SequenceTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void List_of_nodes_is_deep_copied_in_order(DeepCopyStrategy strategy)
    {
        var shared = new Node { Value = 1 };
        var source = new List<Node?> { shared, new Node { Value = 2 }, null, shared };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(shared, copy[0]);
        Assert.Same(copy[0], copy[3]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void List_of_ints_is_a_new_list(DeepCopyStrategy strategy)
    {
        var source = new List<int> { 3, 1, 2 };

        var copy = DeepCopy(source, strategy);

        Assert.NotSame(source, copy);
        Assert.Equal(source, copy);
        copy.Add(4);
        Assert.Equal(3, source.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ArrayList_of_mixed_values_is_deep_copied(DeepCopyStrategy strategy)
    {
        var source = new ArrayList { 1, "s", new Node(), new ArrayList { 2 }, null };

        var copy = DeepCopy(source, strategy);

        Assert.NotSame(source[3], copy[3]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void LinkedList_keeps_order_and_copies_values(DeepCopyStrategy strategy)
    {
        var source = new LinkedList<List<int>>(new[] { new List<int> { 1 }, new List<int> { 2 } });

        var copy = DeepCopy(source, strategy);

        Assert.NotSame(source.First!.Value, copy.First!.Value);
        Assert.Equal(new[] { 1, 2 }, copy.Select(l => l[0]));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ObservableCollection_copy_does_not_notify_the_source_listeners(DeepCopyStrategy strategy)
    {
        var source = new ObservableCollection<Node> { new Node { Value = 1 }, new Node { Value = 2 } };
        var notified = 0;
        source.CollectionChanged += (sender, args) => notified++;

        var copy = DeepCopy(source, strategy);
        copy.Add(new Node());

        Assert.Equal(0, notified);
        Assert.NotSame(source[0], copy[0]);
        Assert.Equal(2, source.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Generic_stack_and_queue_pop_and_dequeue_in_the_same_order(DeepCopyStrategy strategy)
    {
        var stack = new Stack<Node>();
        var queue = new Queue<Node>();
        for (var i = 0; i < 5; i++)
        {
            stack.Push(new Node { Value = i });
            queue.Enqueue(new Node { Value = i });
        }

        var stackCopy = DeepCopy(stack, strategy);
        var queueCopy = DeepCopy(queue, strategy);

        GraphAssert.IsDeepCopy(stack, stackCopy);
        GraphAssert.IsDeepCopy(queue, queueCopy);
        Assert.Equal(Drain(stack.Pop, stack.Count), Drain(stackCopy.Pop, stackCopy.Count));
        Assert.Equal(Drain(queue.Dequeue, queue.Count), Drain(queueCopy.Dequeue, queueCopy.Count));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Non_generic_stack_and_queue_pop_and_dequeue_in_the_same_order(DeepCopyStrategy strategy)
    {
        var stack = new Stack(new object[] { 1, "two", new Node { Value = 3 } });
        var queue = new Queue(new object[] { 1, "two", new Node { Value = 3 } });

        var stackCopy = DeepCopy(stack, strategy);
        var queueCopy = DeepCopy(queue, strategy);

        GraphAssert.IsDeepCopy(stack, stackCopy);
        GraphAssert.IsDeepCopy(queue, queueCopy);
        Assert.Equal(new object[] { 3, "two", 1 }, Describe(stackCopy.Pop, 3));
        Assert.Equal(new object[] { 1, "two", 3 }, Describe(queueCopy.Dequeue, 3));
    }

    private static T DeepCopy<T>(T source, DeepCopyStrategy strategy) =>
        DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

    private static List<int> Drain(System.Func<Node> take, int count) =>
        Enumerable.Range(0, count).Select(_ => take().Value).ToList();

    private static List<object?> Describe(System.Func<object?> take, int count)
    {
        var items = new List<object?>();
        for (var i = 0; i < count; i++)
        {
            var item = take();
            items.Add(item is Node node ? node.Value : item);
        }

        return items;
    }
}
