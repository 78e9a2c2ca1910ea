using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A ConcurrentQueue (where parallel producers often hand work over) is rebuilt from one moment-in-time snapshot:
/// its segments are written while it is read, so a field-by-field copy taken during writes could be torn.
/// </summary>
public sealed class ConcurrentQueueTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_queue_copies_deep_in_its_order(DeepCopyStrategy strategy)
    {
        var shared = new Node { Value = 7 };
        var source = new ConcurrentQueue<object>(new object[] { new Hashtable { ["n"] = 1 }, shared, "text", shared });
        source.TryDequeue(out _);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(3, copy.Count);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        var items = copy.ToArray();
        Assert.Same(items[0], items[2]);
        copy.Enqueue("added");
        Assert.Equal(3, source.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public async Task A_queue_written_during_the_copy_comes_back_as_one_moment_of_it(DeepCopyStrategy strategy)
    {
        const int Length = 1_000;
        var source = new ConcurrentQueue<int>(Enumerable.Range(0, Length));
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            // A producer and a consumer in turn: the queue always holds a run of about a thousand consecutive numbers,
            // and its segments keep being written and dropped while the copies read it.
            var next = Length;
            while (!stop.IsCancellationRequested)
            {
                source.Enqueue(next++);
                source.TryDequeue(out _);
            }
        });

        try
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
                var drained = await Task.Run(() => Drain(copy)).WaitAsync(TimeSpan.FromSeconds(30));

                for (var i = 1; i < drained.Length; i++)
                {
                    Assert.Equal(drained[i - 1] + 1, drained[i]);
                }
            }
        }
        finally
        {
            stop.Cancel();
            await writer;
        }
    }

    private static int[] Drain(ConcurrentQueue<int> queue)
    {
        var items = new System.Collections.Generic.List<int>();
        while (queue.TryDequeue(out var item))
        {
            items.Add(item);
        }

        return items.ToArray();
    }
}
