using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// A SpinLock is a struct whose one int says who holds it. Copied bit for bit, the copy of a lock some thread held during
/// the copy stayed held for ever, so the copy hung at its first use (and with thread tracking it even named the copying
/// thread as its holder). Like Lock and ReaderWriterLockSlim, the copy's SpinLock comes back free, in the same
/// thread-tracking mode, wherever it is stored: a field of a class or struct, a box, an array element.
/// </summary>
public sealed class SpinLockTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_spinlock_field_held_by_another_thread_during_the_copy_comes_back_free(DeepCopyStrategy strategy)
    {
        var source = new Counter();
        var copy = WhileAnotherThreadHolds(source, () => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!);

        Assert.False(copy.Gate.IsHeld);
        Assert.True(TakenElsewhere(copy), "The copied SpinLock could not be taken: it came back held.");
        Assert.False(copy.Gate.IsThreadOwnerTrackingEnabled);
        Assert.Equal(new List<int> { 1 }, copy.Items);
        Assert.NotSame(source.Items, copy.Items);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_tracking_spinlock_held_by_the_copying_thread_comes_back_free_and_still_tracking(DeepCopyStrategy strategy)
    {
        var source = new Counter(trackOwner: true);
        var taken = false;
        source.Gate.Enter(ref taken);
        try
        {
            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            Assert.False(copy.Gate.IsHeldByCurrentThread);
            Assert.False(copy.Gate.IsHeld);
            Assert.True(copy.Gate.IsThreadOwnerTrackingEnabled);
            Assert.True(source.Gate.IsHeldByCurrentThread);
        }
        finally
        {
            source.Gate.Exit();
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Spinlocks_in_structs_boxes_and_arrays_come_back_free(DeepCopyStrategy strategy)
    {
        var inStruct = new StructHolder { Guarded = new GuardedItems { Gate = new SpinLock(false), Items = new List<int> { 1 } } };
        var boxedAndArrays = new Holders
        {
            Boxed = new SpinLock(true),
            Array = new[] { new SpinLock(false), new SpinLock(true) },
            Grid = new SpinLock[1, 1],
        };
        boxedAndArrays.Grid[0, 0] = new SpinLock(false);
        Take(ref inStruct.Guarded.Gate);
        Take(ref boxedAndArrays.Array[0]);
        Take(ref boxedAndArrays.Array[1]);
        Take(ref boxedAndArrays.Grid[0, 0]);
        var boxed = (SpinLock)boxedAndArrays.Boxed;
        Take(ref boxed);
        boxedAndArrays.Boxed = boxed;
        var options = new DeepCopyOptions { Strategy = strategy };

        var structCopy = DeepCopier.Copy(inStruct, options)!;
        var copies = DeepCopier.Copy(boxedAndArrays, options)!;

        Assert.False(structCopy.Guarded.Gate.IsHeld);
        Assert.NotSame(inStruct.Guarded.Items, structCopy.Guarded.Items);
        Assert.False(((SpinLock)copies.Boxed!).IsHeld);
        Assert.True(((SpinLock)copies.Boxed!).IsThreadOwnerTrackingEnabled);
        Assert.False(copies.Array![0].IsHeld);
        Assert.False(copies.Array[1].IsHeld);
        Assert.False(copies.Array[0].IsThreadOwnerTrackingEnabled);
        Assert.True(copies.Array[1].IsThreadOwnerTrackingEnabled);
        Assert.False(copies.Grid![0, 0].IsHeld);
        Assert.True(inStruct.Guarded.Gate.IsHeld);
        Assert.True(boxedAndArrays.Array[1].IsHeldByCurrentThread);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_of_a_held_spinlock_is_equal_to_its_source_and_independent(DeepCopyStrategy strategy)
    {
        var source = new Counter(trackOwner: true);
        var copy = WhileAnotherThreadHolds(source, () => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!);

        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }).Select(d => d.Path + " " + d.Message));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_spinlock_stored_inline_is_part_of_its_owner_not_an_object_or_a_level_of_its_own(DeepCopyStrategy strategy)
    {
        // Like any struct stored inline: renewed in place, not boxed and copied as a child.
        var source = new Guard { Gate = new SpinLock(true), Gates = new[] { new SpinLock(false), new SpinLock(true) } };

        var copy = (Guard)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 1 }, out var statistics)!;

        Assert.Equal(2, statistics.ObjectsCopied);
        Assert.Equal(1, statistics.MaxDepthReached);
        Assert.True(copy.Gate.IsThreadOwnerTrackingEnabled);
        Assert.True(copy.Gates![1].IsThreadOwnerTrackingEnabled);
    }

    [Fact]
    public void The_comparer_still_compares_the_thread_tracking_mode()
    {
        var difference = Assert.Single(DeepComparer.Compare(new Counter(trackOwner: true), new Counter(trackOwner: false)));

        Assert.Equal("$.Gate.IsThreadOwnerTrackingEnabled", difference.Path);
    }

    /// <summary>Copies while another thread is inside the source's lock, and returns once that thread has left it.</summary>
    private static Counter WhileAnotherThreadHolds(Counter source, System.Func<Counter> copy)
    {
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            var taken = false;
            source.Gate.Enter(ref taken);
            holding.Set();
            release.Wait();
            source.Gate.Exit();
        });
        holder.Start();
        holding.Wait();
        try
        {
            return copy();
        }
        finally
        {
            release.Set();
            holder.Join();
        }
    }

    private static void Take(ref SpinLock gate)
    {
        var taken = false;
        gate.Enter(ref taken);
    }

    private static bool TakenElsewhere(Counter copy)
    {
        var taken = false;
        var other = new Thread(() =>
        {
            copy.Gate.TryEnter(1_000, ref taken);
            if (taken)
            {
                copy.Gate.Exit();
            }
        });
        other.Start();
        other.Join();
        return taken;
    }

    private sealed class Counter
    {
        public Counter(bool trackOwner = false) => Gate = new SpinLock(trackOwner);

        // Not readonly: SpinLock is a mutable struct, entered through the field itself.
        public SpinLock Gate;

        public List<int> Items = new List<int> { 1 };
    }

    private sealed class Guard
    {
        public SpinLock Gate;

        public SpinLock[]? Gates;
    }

    private struct GuardedItems
    {
        public SpinLock Gate;

        public List<int> Items;
    }

    private sealed class StructHolder
    {
        public GuardedItems Guarded;
    }

    private sealed class Holders
    {
        public object? Boxed;

        public SpinLock[]? Array;

        public SpinLock[,]? Grid;
    }
}
