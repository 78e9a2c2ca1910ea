using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// Locks and slim signals are compared by what a copy keeps of them, not by their fields: the copy engine makes them
/// new (unheld, with no waiters), so comparing fields reported every copy of a graph holding one as different (a lock's
/// id, its owner thread, a bounded semaphore's taken permits), and Measure-DeepCopy could never verify such a graph.
/// </summary>
public sealed class SynchronizationCompareTests
{
    private static readonly DeepCompareOptions Independence = new DeepCompareOptions { Independence = true };

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_of_held_locks_and_used_signals_is_equal_to_its_source_and_independent(DeepCopyStrategy strategy)
    {
        var readerWriter = new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion);
        var bounded = new SemaphoreSlim(1, 3);
        var counting = new SemaphoreSlim(5);
        var countdown = new CountdownEvent(3);
        countdown.Signal();
        var gate = new Lock();
        var source = new Dictionary<string, object>
        {
            ["readerWriter"] = readerWriter,
            ["bounded"] = bounded,
            ["counting"] = counting,
            ["set"] = new ManualResetEventSlim(true, 7),
            ["countdown"] = countdown,
            // Held as object on purpose: the graph stores it untyped, as a script would.
#pragma warning disable CS9216
            ["gate"] = gate,
#pragma warning restore CS9216
        };
        readerWriter.EnterReadLock();
        bounded.Wait();
        gate.Enter();
        try
        {
            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.Empty(DeepComparer.Compare(source, copy).Select(d => d.Path + " " + d.Message));
            Assert.Empty(DeepComparer.Compare(source, copy, Independence).Select(d => d.Path + " " + d.Message));
        }
        finally
        {
            gate.Exit();
            readerWriter.ExitReadLock();
            bounded.Release();
        }
    }

    [Fact]
    public void Two_unheld_reader_writer_locks_of_the_same_policy_are_equal()
    {
        Assert.Empty(DeepComparer.Compare(new ReaderWriterLockSlim(), new ReaderWriterLockSlim()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_a_copy_keeps_is_still_compared(string name, object expected, object actual, string path)
    {
        var difference = Assert.Single(DeepComparer.Compare(expected, actual));

        Assert.True(path == difference.Path, name + ": " + difference.Path + " " + difference.Message);
    }

    public static TheoryData<string, object, object, string> Cases() => new TheoryData<string, object, object, string>
    {
        { "recursion policy", new ReaderWriterLockSlim(LockRecursionPolicy.NoRecursion), new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion), "$.RecursionPolicy" },
        { "bounded maximum", new SemaphoreSlim(1, 3), new SemaphoreSlim(1, 4), "$.MaximumCount" },
        { "counting semaphore's count", new SemaphoreSlim(5), new SemaphoreSlim(6), "$.CurrentCount" },
        { "event set", new ManualResetEventSlim(true), new ManualResetEventSlim(false), "$.IsSet" },
        { "event spin count", new ManualResetEventSlim(true, 3), new ManualResetEventSlim(true, 4), "$.SpinCount" },
        { "countdown initial", new CountdownEvent(3), Signalled(new CountdownEvent(4)), "$.InitialCount" },
        { "countdown current", Signalled(new CountdownEvent(3)), new CountdownEvent(3), "$.CurrentCount" },
        { "barrier participants", new Barrier(2), new Barrier(3), "$.ParticipantCount" },
        { "barrier action", new Barrier(2, _ => { }), new Barrier(2), "$.PostPhaseAction" },
    };

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_barrier_copied_without_its_action_by_a_null_policy_differs_only_there(DeepCopyStrategy strategy)
    {
        // Its action made the source capture an execution context the copy, made without one, does not have.
        using var source = new Barrier(2, _ => { });
        var options = new DeepCopyOptions { Strategy = strategy, TypePolicies = TypePolicySet.CreateBuilder().SetNull(typeof(Delegate)).Build() };
        using var copy = DeepCopier.Copy(source, options);

        var difference = Assert.Single(DeepComparer.Compare(source, copy));

        Assert.Equal("$.PostPhaseAction", difference.Path);
    }

    [Fact]
    public void A_lock_shared_by_both_graphs_is_still_reported_by_independence()
    {
        var shared = new ReaderWriterLockSlim();
        var found = Assert.Single(DeepComparer.Compare(new object[] { shared }, new object[] { shared }, Independence));

        Assert.Equal("$[0]", found.Path);
    }

    private static CountdownEvent Signalled(CountdownEvent countdown)
    {
        countdown.Signal();
        return countdown;
    }
}
