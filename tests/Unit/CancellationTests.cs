using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>A cancelled token stops a copy with OperationCanceledException, before it starts or part-way through.</summary>
public sealed class CancellationTests
{
    public CancellationTests() => HookHandler.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Token_cancelled_before_the_copy_stops_it(DeepCopyStrategy strategy)
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var error = Assert.ThrowsAny<OperationCanceledException>(() =>
            DeepCopier.Copy(new List<int> { 1 }, new DeepCopyOptions { Strategy = strategy, CancellationToken = cancellation.Token }));

        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Token_cancelled_during_a_long_copy_stops_it_early(DeepCopyStrategy strategy)
    {
        using var cancellation = new CancellationTokenSource();
        var reached = false;
        var source = new List<object> { new HookItem(onShell: cancellation.Cancel), LongChain(() => reached = true) };

        var error = Assert.ThrowsAny<OperationCanceledException>(() =>
            DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, CancellationToken = cancellation.Token }));

        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.False(reached, "The copy went on 5,000 levels past the cancellation.");
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Same_graph_copies_when_the_token_is_not_cancelled(DeepCopyStrategy strategy)
    {
        using var cancellation = new CancellationTokenSource();
        var reached = false;
        var source = new List<object> { new HookItem(), LongChain(() => reached = true) };

        DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, CancellationToken = cancellation.Token });

        Assert.True(reached);
    }

    /// <summary>A 5,000-link chain whose last link runs <paramref name="onReached"/> when the copy gets there.</summary>
    private static Link LongChain(Action onReached)
    {
        var head = new Link();
        var tail = head;
        for (var i = 1; i < 5000; i++)
        {
            tail.Next = new Link();
            tail = tail.Next;
        }

        tail.Payload = new HookItem(onShell: onReached);
        return head;
    }

    private sealed class Link
    {
        public Link? Next;

        public object? Payload;
    }
}
