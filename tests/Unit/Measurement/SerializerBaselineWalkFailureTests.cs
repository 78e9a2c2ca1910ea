using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Threading;
using DeepCopy.Core.Measurement;
using DeepCopy.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement;

/// <summary>
/// The PSSerializer row walks the graph first to choose its depth. A graph that walk cannot read (a disposed
/// BlockingCollection) fails that row alone, with the reason, like any other row (hunt 26, finding 4).
/// </summary>
public sealed class SerializerBaselineWalkFailureTests
{
    [Fact]
    public void A_graph_the_depth_walk_cannot_read_fails_only_the_PSSerializer_row()
    {
        var disposed = new BlockingCollection<int>();
        disposed.Dispose();
        var graph = new Hashtable { ["queue"] = disposed };

        var row = BaselineCopies.Create(MeasurementBaseline.PSSerializer, null!, graph, CancellationToken.None);
        var other = new MeasurableCopy("Other", source => new Hashtable(), isBaseline: true);
        var settings = new MeasurementSettings { Iterations = 1, Warmup = 0 };
        var results = new MeasurementRunner(settings).Run(graph, new[] { row, other });

        var failed = Assert.Single(results, result => result.Strategy == "PSSerializer");
        Assert.Contains("ObjectDisposedException", failed.Error, StringComparison.Ordinal);
        Assert.Contains("depth", failed.Error, StringComparison.Ordinal);
        Assert.Null(Assert.Single(results, result => result.Strategy == "Other").Error);
    }

    [Fact]
    public void A_stop_during_the_depth_walk_still_stops()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var wide = new ArrayList();
        for (var i = 0; i < 100_000; i++)
        {
            wide.Add(new ArrayList { i });
        }

        // The walk looks at the token every so many objects, so the graph is larger than that.
        Assert.ThrowsAny<OperationCanceledException>(() => BaselineCopies.Create(MeasurementBaseline.PSSerializer, null!, wide, stop.Token));
    }
}
