using System;
using System.Collections;
using System.Threading;
using DeepCopy.Core.Measurement;
using DeepCopy.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement;

/// <summary>
/// The ConvertToJson baseline reads long JSON text back on a worker thread. What that worker allocates is part of the
/// copy, so the row's bytes include it, as they do when shorter text is read on the measuring thread (hunt 26, finding 1).
/// </summary>
public sealed class WorkerAllocationTests
{
    private const int BytesPerRead = 200_000;

    [Theory]
    [InlineData(StoppableJsonRead.BackgroundReadLength - 1)]
    [InlineData(StoppableJsonRead.BackgroundReadLength)]
    public void A_read_on_a_worker_thread_counts_what_it_allocated(int length)
    {
        // A token that can be cancelled, as the cmdlet's is: with one that cannot, Wait may run the read inline.
        using var stop = new CancellationTokenSource();
        var text = new string(' ', length);
        var reader = new StoppableJsonRead(json => new byte[BytesPerRead]);
        var row = new MeasurableCopy("Read", _ => reader.Read(text, stop.Token), isBaseline: true);
        var settings = new MeasurementSettings { Iterations = 3, Warmup = 0, TargetTimePerRow = TimeSpan.FromMilliseconds(20) };

        var result = Assert.Single(new MeasurementRunner(settings).Run(new Hashtable(), new[] { row }));

        Assert.Null(result.Error);
        Assert.InRange(result.AllocatedBytesPerCopy!.Value, BytesPerRead, BytesPerRead * 2L);
    }
}
