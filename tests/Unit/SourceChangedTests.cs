using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A collection that changes while it is copied gives SourceChangedDuringCopy, never a silently inconsistent copy.
/// No user code runs during a copy, so the change comes from a registered test handler (a <see cref="HookItem"/>
/// inside the collection), which makes each case deterministic; one case uses a real writer thread.
/// </summary>
public sealed class SourceChangedTests
{
    public SourceChangedTests() => HookHandler.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void List_that_grows_during_the_copy_is_reported(DeepCopyStrategy strategy)
    {
        var list = new List<object> { new Node() };
        list.Insert(0, new HookItem(onShell: () => list.Add(new Node())));
        var source = new Holder { Items = list };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.SourceChangedDuringCopy, error.Kind);
        Assert.Equal("$.Items", error.Path);
        Assert.Same(list, error.OffendingValue);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Dictionary_that_loses_an_entry_during_the_copy_is_reported(DeepCopyStrategy strategy)
    {
        // Dictionary.Remove does not invalidate enumerators, so only the engine's count check can see this change.
        var map = new Dictionary<string, object> { ["first"] = new Node(), ["second"] = new Node() };
        map["last"] = new HookItem(onShell: () => map.Remove("first"));
        var source = new Holder { Map = map };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.SourceChangedDuringCopy, error.Kind);
        Assert.Equal("$.Map", error.Path);
        Assert.Same(map, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Hashtable_written_during_the_copy_is_reported(DeepCopyStrategy strategy)
    {
        var table = new Hashtable { ["a"] = new Node() };
        table["hook"] = new HookItem(onShell: () => table["a"] = new Node());

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.SourceChangedDuringCopy, error.Kind);
        Assert.Equal("$", error.Path);
        Assert.Same(table, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Handler_reporting_a_change_stops_the_copy_with_its_path(DeepCopyStrategy strategy)
    {
        var hook = new HookItem(onPopulate: (item, context) => context.ReportSourceChanged(item));
        var source = new Holder { Items = new List<object> { new Node(), hook } };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.SourceChangedDuringCopy, error.Kind);
        Assert.Equal("$.Items[1]", error.Path);
        Assert.Same(hook, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Handler_failure_is_not_mistaken_for_a_source_change(DeepCopyStrategy strategy)
    {
        // A handler's own InvalidOperationException (a broken precondition, a comparer that fails) says nothing
        // about the source changing, wherever in the handler it is thrown.
        var failure = new InvalidOperationException("the handler's own bug");
        var inShell = new HookItem(onShell: () => throw failure);
        var inPopulate = new HookItem(onPopulate: (item, context) => throw failure);

        var shellError = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new List<object> { inShell }, new DeepCopyOptions { Strategy = strategy }));
        var populateError = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new List<object> { inPopulate }, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.HandlerFailed, shellError.Kind);
        Assert.Same(failure, shellError.InnerException);
        Assert.Equal(DeepCopyErrorKind.HandlerFailed, populateError.Kind);
        Assert.Equal("$[0]", populateError.Path);
        Assert.Same(failure, populateError.InnerException);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Hashtable_written_by_another_thread_is_reported(DeepCopyStrategy strategy)
    {
        // Hashtable allows one writer beside readers. The writer keeps replacing one entry with itself, so every
        // copy that completes is still consistent; at least one of the attempts must overlap a write and say so.
        var table = new Hashtable();
        for (var i = 0; i < 50_000; i++)
        {
            table[i] = new Node { Value = i };
        }

        var first = table[0];
        var writes = 0L;
        using var stop = new CancellationTokenSource();
        var writer = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                table[0] = first;
                Interlocked.Increment(ref writes);
            }
        });
        writer.Start();
        SpinWait.SpinUntil(() => Interlocked.Read(ref writes) > 0);
        DeepCopyException? seen = null;
        try
        {
            for (var attempt = 0; attempt < 20 && seen is null; attempt++)
            {
                try
                {
                    Assert.Equal(table.Count, DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy }).Count);
                }
                catch (DeepCopyException error) when (error.Kind == DeepCopyErrorKind.SourceChangedDuringCopy)
                {
                    seen = error;
                }
            }
        }
        finally
        {
            stop.Cancel();
            writer.Join();
        }

        Assert.NotNull(seen);
        Assert.Equal("$", seen.Path);
        Assert.Same(table, seen.OffendingValue);
    }

    private sealed class Holder
    {
        public List<object>? Items;

        public Dictionary<string, object>? Map;
    }
}
