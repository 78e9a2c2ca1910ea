using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// Cancellation inside one large collection: a copy or comparison stops part-way through it, not after it. Each test
/// cancels from a point the walk reaches at the start of the collection (an element's copy, the collection's comparer,
/// its enumerator) and counts how far the walk went on; most elements are immutables, which schedule no further work,
/// so only the element loop itself can notice the token. No timing is involved.
/// </summary>
public sealed class CollectionCancellationTests
{
    /// <summary>Elements per collection: far more than the thousand or so steps a walk may take before it reads the token.</summary>
    private const int Size = 100_000;

    public CollectionCancellationTests() => HookHandler.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void List_of_immutables_stops_part_way(DeepCopyStrategy strategy)
    {
        using var cancellation = new CancellationTokenSource();
        var reachedEnd = false;
        var source = new List<object> { new HookItem(onShell: cancellation.Cancel) };
        for (var i = 0; i < Size; i++)
        {
            source.Add(i % 2 == 0 ? i : (object)"text");
        }

        source.Add(new HookItem(onShell: () => reachedEnd = true));

        AssertCancelled(source, strategy, cancellation);
        Assert.False(reachedEnd, "The list was copied to its last element after the cancellation.");
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Hashtable_with_string_keys_stops_part_way(DeepCopyStrategy strategy)
    {
        // String keys take the bucket copy, whose values are then replaced in place.
        var hooks = new HookCounter();
        var source = new Hashtable();
        for (var i = 0; i < Size; i++)
        {
            source["k" + i] = hooks.ValueAt(i);
        }

        AssertCancelled(source, strategy, hooks.Cancellation);
        hooks.AssertStoppedEarly();
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Hashtable_with_other_keys_stops_part_way(DeepCopyStrategy strategy)
    {
        // Int keys take the rebuild through the shared non-generic dictionary fill.
        var hooks = new HookCounter();
        var source = new Hashtable();
        for (var i = 0; i < Size; i++)
        {
            source[i] = hooks.ValueAt(i);
        }

        AssertCancelled(source, strategy, hooks.Cancellation);
        hooks.AssertStoppedEarly();
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Dictionary_stops_part_way(DeepCopyStrategy strategy)
    {
        var hooks = new HookCounter();
        var source = new Dictionary<int, object>();
        for (var i = 0; i < Size; i++)
        {
            source[i] = hooks.ValueAt(i);
        }

        AssertCancelled(source, strategy, hooks.Cancellation);
        hooks.AssertStoppedEarly();
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void SortedDictionary_of_immutables_stops_part_way(DeepCopyStrategy strategy)
    {
        var comparer = new CancellingComparer();
        var source = new SortedDictionary<int, int>(comparer);
        for (var i = 0; i < Size; i++)
        {
            source[i] = i;
        }

        comparer.Armed = true;
        AssertCancelled(source, strategy, comparer.Cancellation);
        Assert.True(comparer.Calls < Size, $"The copy compared keys {comparer.Calls} times after the cancellation.");
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void HashSet_of_immutables_stops_part_way(DeepCopyStrategy strategy)
    {
        var comparer = new CancellingComparer();
        var source = new HashSet<int>(comparer);
        for (var i = 0; i < Size; i++)
        {
            source.Add(i);
        }

        comparer.Armed = true;
        AssertCancelled(source, strategy, comparer.Cancellation);
        Assert.True(comparer.Calls < Size, $"The copy hashed {comparer.Calls} elements after the cancellation.");
    }

    [Fact]
    public void Inserts_whose_keys_all_collide_are_checked_every_few_keys()
    {
        // A constant hash code makes each insert walk every key before it: a thousand inserts between two reads of the
        // token would be seconds on a big set, so an insert counts for more than a plain element.
        var comparer = new CancellingComparer { ConstantHash = true };
        var source = new HashSet<int>(comparer);
        for (var i = 0; i < 2_000; i++)
        {
            source.Add(i);
        }

        comparer.Armed = true;
        AssertCancelled(source, DeepCopyStrategy.Auto, comparer.Cancellation);
        Assert.True(comparer.HashCalls <= 32, $"{comparer.HashCalls} keys were inserted after the cancellation.");
    }

    [Fact]
    public void Comparison_of_a_big_list_stops_part_way()
    {
        var probe = new ReadProbe();
        var reference = new ObservedCollection(Items(), probe);
        var difference = new ObservedCollection(Items(), probe);

        var error = Assert.ThrowsAny<OperationCanceledException>(() =>
            DeepComparer.Compare(reference, difference, new DeepCompareOptions { CancellationToken = probe.Cancellation.Token }));

        Assert.Equal(probe.Cancellation.Token, error.CancellationToken);
        Assert.True(probe.ItemsRead < Size, $"The comparison read {probe.ItemsRead} items after the cancellation.");
    }

    [Fact]
    public void Comparison_of_a_big_set_stops_part_way()
    {
        var comparer = new CancellingComparer();
        var reference = new HashSet<int>(comparer);
        var difference = new HashSet<int>(comparer);
        for (var i = 0; i < Size; i++)
        {
            reference.Add(i);
            difference.Add(i);
        }

        comparer.Armed = true;
        AssertComparisonCancelled(reference, difference, comparer);
    }

    [Fact]
    public void Comparison_of_a_big_hashtable_stops_part_way()
    {
        var comparer = new CancellingComparer();
        var reference = new Hashtable(comparer);
        var difference = new Hashtable(comparer);
        for (var i = 0; i < Size; i++)
        {
            reference[i] = "v";
            difference[i] = "v";
        }

        comparer.Armed = true;
        AssertComparisonCancelled(reference, difference, comparer);
    }

    private static void AssertCancelled(object source, DeepCopyStrategy strategy, CancellationTokenSource cancellation)
    {
        var error = Assert.ThrowsAny<OperationCanceledException>(() =>
            DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, CancellationToken = cancellation.Token }));
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    private static void AssertComparisonCancelled(object reference, object difference, CancellingComparer comparer)
    {
        var error = Assert.ThrowsAny<OperationCanceledException>(() =>
            DeepComparer.Compare(reference, difference, new DeepCompareOptions { CancellationToken = comparer.Cancellation.Token }));

        Assert.Equal(comparer.Cancellation.Token, error.CancellationToken);
        Assert.True(comparer.Calls < Size, $"The comparison looked up {comparer.Calls} keys after the cancellation.");
    }

    private static object[] Items()
    {
        var items = new object[Size];
        for (var i = 0; i < Size; i++)
        {
            items[i] = new Item { Value = i };
        }

        return items;
    }

    private sealed class Item
    {
        public int Value;
    }
}
