using System;
using System.Threading;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// Coordination primitives whose state is data rather than ownership. A SemaphoreSlim with a bound is a gate: permits
/// held by the source's threads are not held by anyone in the copy, so the copy starts with every permit free. An
/// unbounded one counts signals, which are data, so its count is kept. Events keep whether they are set, and a
/// CountdownEvent its counts, whether or not a thread ever blocked on them (which makes a kernel handle inside).
/// </summary>
public sealed class SyncPrimitiveTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Held_bounded_semaphore_comes_back_with_every_permit_free(DeepCopyStrategy strategy)
    {
        using var source = new SemaphoreSlim(2, 2);
        source.Wait();
        source.Wait();
        _ = source.AvailableWaitHandle;

        using var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(source, copy);
        Assert.Equal(2, copy.CurrentCount);
        Assert.True(copy.Wait(0));
        copy.Release();
        Assert.Throws<SemaphoreFullException>(() => copy.Release());
        Assert.Equal(0, source.CurrentCount);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Unbounded_semaphore_keeps_its_count_of_signals(DeepCopyStrategy strategy)
    {
        using var source = new SemaphoreSlim(0);
        source.Release(3);

        using var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(3, copy.CurrentCount);
        copy.Release(int.MaxValue - 3);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Events_keep_their_state_even_after_a_thread_made_their_kernel_handle(DeepCopyStrategy strategy)
    {
        using var set = new ManualResetEventSlim(true, 7);
        using var unset = new ManualResetEventSlim(false);
        _ = unset.WaitHandle;
        using var countdown = new CountdownEvent(5);
        countdown.Signal(2);
        countdown.AddCount(4);
        _ = countdown.WaitHandle;
        var source = new Holder { Set = set, Unset = unset, Countdown = countdown };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.Set!.IsSet);
        Assert.Equal(7, copy.Set.SpinCount);
        Assert.False(copy.Unset!.IsSet);
        copy.Unset.Set();
        Assert.False(unset.IsSet);
        Assert.True(copy.Unset.WaitHandle.WaitOne(0));
        Assert.Equal(5, copy.Countdown!.InitialCount);
        Assert.Equal(7, copy.Countdown.CurrentCount);
        Assert.True(copy.Countdown.Signal(7));
        Assert.Equal(7, countdown.CurrentCount);
    }

    private sealed class Holder
    {
        public ManualResetEventSlim? Set;
        public ManualResetEventSlim? Unset;
        public CountdownEvent? Countdown;
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_barrier_comes_back_with_no_one_arrived_and_its_phase(DeepCopyStrategy strategy)
    {
        using var source = new Barrier(1);
        source.SignalAndWait();
        source.AddParticipant();
        var waiter = new Thread(() => source.SignalAndWait());
        waiter.Start();
        SpinWait.SpinUntil(() => source.ParticipantsRemaining == 1);

        using var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        source.RemoveParticipant();
        waiter.Join();

        Assert.Equal(2, copy.ParticipantCount);
        Assert.Equal(2, copy.ParticipantsRemaining);
        Assert.Equal(1, copy.CurrentPhaseNumber);
        Assert.Equal(2, source.CurrentPhaseNumber);
    }

    [Fact]
    public void A_barrier_post_phase_action_follows_the_rules_for_delegates()
    {
        using var source = new Barrier(1, _ => { });

        var refused = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions()));
        using var dropped = DeepCopier.Copy(source, new DeepCopyOptions { NonCopyableAction = NonCopyableAction.Null })!;

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, refused.Kind);
        Assert.Equal("$.PostPhaseAction", refused.Path);
        dropped.SignalAndWait(0);
        Assert.Equal(1, dropped.CurrentPhaseNumber);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_barrier_copy_with_its_action_shared_is_independent_of_its_source(DeepCopyStrategy strategy)
    {
        // The copy's new Barrier captures the thread's ExecutionContext, the very instance the source captured: .NET's
        // contexts are immutable, so that is no sharing of data. The action is shared on purpose, as Measure-DeepCopy allows.
        using var barrier = new Barrier(2, _ => { });
        var source = new System.Collections.Hashtable { ["b"] = barrier };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Reference })!;
        var sharedAction = new DeepCompareOptions { Independence = true, AcceptsSharingOf = value => value is Delegate };

        Assert.Empty(DeepComparer.Compare(source, copy, sharedAction));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_execution_context_is_shared_and_still_carries_its_async_locals(DeepCopyStrategy strategy)
    {
        var local = new AsyncLocal<string?> { Value = "outer" };
        var source = new ContextHolder { Context = ExecutionContext.Capture() };
        local.Value = null;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        string? seen = null;
        ExecutionContext.Run(copy.Context!, _ => seen = local.Value, null);

        Assert.Same(source.Context, copy.Context);
        Assert.Equal("outer", seen);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    private sealed class ContextHolder
    {
        public ExecutionContext? Context;
    }
}
