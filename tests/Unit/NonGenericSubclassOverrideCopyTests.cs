using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures.Overrides;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// Subclasses of the other non-generic collections (SortedList, ArrayList, Stack, Queue, OrderedDictionary) are
/// copied field by field, so an override of theirs never runs and what they store comes back; the comparison, which
/// reads what they store too, finds the copy equal and independent.
/// </summary>
public sealed class NonGenericSubclassOverrideCopyTests
{
    public static TheoryData<DeepCopyStrategy, string> Kinds => Strategies.With("SortedList", "ArrayList", "Stack", "Queue", "OrderedDictionary");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_subclass_whose_overrides_throw_is_copied_as_stored(DeepCopyStrategy strategy, string kind)
    {
        var source = Build(kind);
        OverrideCalls.Reset();

        var copy = DeepCopier.Copy<object>(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(0, OverrideCalls.Count);
        Assert.Equal(source.GetType(), copy.GetType());
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        Assert.Equal(0, OverrideCalls.Count);
    }

    private static object Build(string kind)
    {
        switch (kind)
        {
            case "SortedList":
                var sorted = new ThrowingSortedList();
                sorted.SetReal("secret", new List<int> { 1 });
                return sorted;
            case "ArrayList":
                var list = new ThrowingArrayList();
                list.AddReal(new List<int> { 1 });
                return list;
            case "Stack":
                var stack = new ThrowingStack();
                stack.PushReal(new List<int> { 1 });
                return stack;
            case "Queue":
                var queue = new ThrowingQueue();
                queue.EnqueueReal(new List<int> { 1 });
                return queue;
            default:
                return new ThrowingOrderedDictionary { ["secret"] = new List<int> { 1 } };
        }
    }
}
