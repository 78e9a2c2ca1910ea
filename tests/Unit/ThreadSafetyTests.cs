using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// Copies may run on many threads at once: each thread copies its own graph (with types no thread has copied yet,
/// so plans are built concurrently) and one graph shared by all, and every result is checked.
/// </summary>
public sealed class ThreadSafetyTests
{
    private const int Threads = 8;
    private const int Rounds = 20;

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Eight_threads_copy_their_own_graphs_and_a_shared_one(DeepCopyStrategy strategy) =>
        RunConcurrently(new[] { strategy });

    [Fact]
    public void Eight_threads_mix_every_exact_strategy_at_once() => RunConcurrently(Strategies.All());

    private static void RunConcurrently(IReadOnlyList<DeepCopyStrategy> strategies)
    {
        var shared = RichGraph.Create();
        var before = GraphSnapshot.Take(shared);
        var failures = new ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var threads = new List<Thread>();
        for (var t = 0; t < Threads; t++)
        {
            var index = t;
            threads.Add(new Thread(() =>
            {
                try
                {
                    var own = OwnGraph(index);
                    start.SignalAndWait();
                    for (var round = 0; round < Rounds; round++)
                    {
                        var options = new DeepCopyOptions { Strategy = strategies[(index + round) % strategies.Count] };
                        GraphAssert.IsDeepCopy(own, DeepCopier.Copy(own, options));
                        GraphAssert.IsDeepCopy(shared, DeepCopier.Copy(shared, options));
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            }));
        }

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Empty(failures);
        before.AssertUnchanged(shared);
    }

    /// <summary>A graph per thread, built from generic types the other threads do not use.</summary>
    private static object OwnGraph(int index)
    {
        var chainLength = 500 + index;
        return (index % 4) switch
        {
            0 => Box<int>.Chain(chainLength, i => i),
            1 => Box<string>.Chain(chainLength, i => "s" + i),
            2 => Box<Node>.Chain(chainLength, i => new Node { Value = i }),
            _ => Box<Tag>.Chain(chainLength, i => new Tag(i)),
        };
    }

    private sealed class Box<T>
    {
        public T? Value;
        public List<T> Items = new List<T>();
        public Dictionary<int, T> ByIndex = new Dictionary<int, T>();
        public Box<T>? Next;

        public static Box<T> Chain(int length, Func<int, T> make)
        {
            var head = new Box<T>();
            var tail = head;
            for (var i = 0; i < length; i++)
            {
                var value = make(i);
                tail.Value = value;
                tail.Items.Add(value);
                tail.ByIndex[i] = value;
                tail.Next = i + 1 < length ? new Box<T>() : null;
                tail = tail.Next ?? tail;
            }

            return head;
        }
    }

    private sealed record Tag(int Id);
}
