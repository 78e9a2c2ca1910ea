using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using DeepCopy.Measurement;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Measurement;

/// <summary>
/// Measure-DeepCopy's baselines run PowerShell's own serializers, which offer no way to stop. The PSSerializer row drives
/// the serializer's internal stop flag from the measurement's token; the ConvertToJson row reads long JSON text back on
/// a worker that a stop abandons. Hooks (a property getter the serializer reads, a JSON read that waits for the test)
/// show where each stops, without timing anything.
/// </summary>
public sealed class BaselineCancellationTests
{
    private const int Probes = 10_000;

    [Fact]
    public void This_PowerShell_has_the_serializer_internals_the_PSSerializer_row_stops()
    {
        Assert.NotNull(StoppableCliXml.Current);
    }

    [Fact]
    public void The_stoppable_round_trip_gives_what_PSSerializer_gives()
    {
        var graph = new Hashtable
        {
            ["list"] = new ArrayList { 1, "two", new Hashtable { ["three"] = 3.0 } },
            ["when"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };

        var ours = StoppableCliXml.Current!.RoundTrip(graph, 4, CancellationToken.None);
        var theirs = PSSerializer.Deserialize(PSSerializer.Serialize(graph, 4));

        Assert.Equal(PSSerializer.Serialize(theirs, 4), PSSerializer.Serialize(ours, 4));
        Assert.Null(StoppableCliXml.Current.RoundTrip(null, 4, CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_token_stops_the_round_trip_before_it_reads_a_property()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var reads = new Reads();

        var error = Assert.ThrowsAny<OperationCanceledException>(() => StoppableCliXml.Current!.RoundTrip(Graph(reads, cancelled), 3, cancelled.Token));

        Assert.Equal(cancelled.Token, error.CancellationToken);
        Assert.Equal(0, reads.Count);
    }

    [Fact]
    public void A_token_cancelled_while_the_graph_is_written_stops_the_round_trip_part_way()
    {
        using var stop = new CancellationTokenSource();
        var reads = new Reads();

        var error = Assert.ThrowsAny<OperationCanceledException>(() => StoppableCliXml.Current!.RoundTrip(Graph(reads, stop), 3, stop.Token));

        Assert.Equal(stop.Token, error.CancellationToken);
        Assert.True(reads.Count < Probes, $"The serializer read {reads.Count} of {Probes} properties after the cancellation.");
    }

    [Fact]
    public void The_JSON_reader_of_this_session_reads_hashtables_or_objects()
    {
        using var session = new PowerShellSession();
        var invokeCommand = ((SessionState)session.InvokeSingle("$ExecutionContext.SessionState").BaseObject).InvokeCommand;

        var table = StoppableJsonRead.For(invokeCommand, asHashtable: true)!.Read("{\"a\":[1,2]}", CancellationToken.None);
        var custom = StoppableJsonRead.For(invokeCommand, asHashtable: false)!.Read("{\"a\":1}", CancellationToken.None);

        // JsonObject hands its hashtable back wrapped in a PSObject, as ConvertFrom-Json writes it.
        Assert.Equal(new object[] { 1L, 2L }, Assert.IsAssignableFrom<IDictionary>(PSObject.AsPSObject(table).BaseObject)["a"]);
        Assert.Equal(1L, Assert.IsType<PSObject>(custom).Properties["a"].Value);
    }

    [Fact]
    public void Short_JSON_text_is_read_on_the_calling_thread()
    {
        var readOn = -1;
        var reader = new StoppableJsonRead(_ =>
        {
            readOn = Environment.CurrentManagedThreadId;
            return "read";
        });

        Assert.Equal("read", reader.Read(new string(' ', StoppableJsonRead.BackgroundReadLength - 1), CancellationToken.None));
        Assert.Equal(Environment.CurrentManagedThreadId, readOn);
    }

    [Fact]
    public void A_stop_abandons_a_long_read_that_is_still_running()
    {
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        using var finished = new ManualResetEventSlim();
        var reader = new StoppableJsonRead(_ =>
        {
            started.Set();
            stop.Cancel();
            release.Wait();
            finished.Set();
            return "read";
        });

        var error = Assert.ThrowsAny<OperationCanceledException>(() => reader.Read(new string(' ', StoppableJsonRead.BackgroundReadLength), stop.Token));

        Assert.Equal(stop.Token, error.CancellationToken);
        Assert.True(started.IsSet);
        Assert.False(finished.IsSet, "Read returned only after the abandoned read finished.");
        release.Set();
        Assert.True(finished.Wait(TimeSpan.FromMinutes(1)), "The abandoned read finishes in the background.");
    }

    [Fact]
    public void A_long_read_that_fails_reports_its_own_exception()
    {
        var reader = new StoppableJsonRead(_ => throw new FormatException("not JSON"));

        var error = Assert.Throws<FormatException>(() => reader.Read(new string(' ', StoppableJsonRead.BackgroundReadLength), CancellationToken.None));

        Assert.Equal("not JSON", error.Message);
    }

    private static List<object> Graph(Reads reads, CancellationTokenSource stop)
    {
        var graph = new List<object>(Probes);
        for (var i = 0; i < Probes; i++)
        {
            graph.Add(new Probe(reads, stop));
        }

        return graph;
    }

    public sealed class Reads
    {
        public int Count;
    }

    /// <summary>Its one property, read by the serializer, counts the read and cancels: the hook into the walk.</summary>
    public sealed class Probe
    {
        private readonly Reads _reads;
        private readonly CancellationTokenSource _stop;

        internal Probe(Reads reads, CancellationTokenSource stop)
        {
            _reads = reads;
            _stop = stop;
        }

        public int Value
        {
            get
            {
                _reads.Count++;
                _stop.Cancel();
                return _reads.Count;
            }
        }
    }
}
