using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Measurement;

/// <summary>
/// Measure-DeepCopy checks each row's first copy against the source before timing it, a walk of both graphs that takes
/// as long as a copy or longer. Ctrl+C cancels the measurement's token, and that token must reach the walk: before, the
/// check got none and a stop waited for the whole comparison. The hook is a key comparer that cancels on its first call
/// once armed, so the tests see how far the check went on after the cancellation, without timing anything.
/// </summary>
public sealed class VerificationCancellationTests
{
    private const int Size = 100_000;

    [Fact]
    public void A_cancelled_token_stops_the_check_before_it_looks_at_a_key()
    {
        var (source, copy, comparer) = ArmedSetAndCopy();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var error = Assert.ThrowsAny<OperationCanceledException>(() => Verify(CopyVerifier.Structural, source, copy, cancelled.Token));

        Assert.Equal(cancelled.Token, error.CancellationToken);
        Assert.Equal(0, comparer.Calls);
    }

    [Theory]
    [MemberData(nameof(Verifiers))]
    public void A_token_cancelled_during_the_check_stops_it_part_way(string name, CopyVerifier verifier)
    {
        var (source, copy, comparer) = ArmedSetAndCopy();

        var error = Assert.ThrowsAny<OperationCanceledException>(() => Verify(verifier, source, copy, comparer.Cancellation.Token));

        Assert.Equal(comparer.Cancellation.Token, error.CancellationToken);
        Assert.True(comparer.Calls < Size, $"{name}: the check looked up {comparer.Calls} keys after the cancellation.");
    }

    [Fact]
    public void The_check_without_a_token_still_accepts_a_right_copy()
    {
        var (source, copy, comparer) = ArmedSetAndCopy();
        comparer.Armed = false;

        Assert.Null(CopyVerifier.Structural.Verify(source, copy));
    }

    [Fact]
    public void A_stop_while_a_row_is_checked_ends_the_measurement_there()
    {
        var comparer = new CancellingComparer();
        var source = Fill(new HashSet<int>(comparer));
        var copies = 0;
        var row = new MeasurableCopy(
            "Armed after its copy",
            value =>
            {
                copies++;
                var copy = DeepCopier.Copy(value);
                comparer.Armed = true; // the next key lookup is the check's, and it cancels
                return copy;
            },
            CopyVerifier.Structural);
        var progress = new List<MeasurementPhase>();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new MeasurementRunner(new MeasurementSettings { Warmup = 0 }).Run(source, new[] { row, row }, report => progress.Add(report.Phase), comparer.Cancellation.Token));

        Assert.Equal(1, copies);
        Assert.True(comparer.Calls < Size, $"The check looked up {comparer.Calls} keys after the cancellation.");
        Assert.Equal(new[] { MeasurementPhase.Verifying }, progress);
    }

    public static TheoryData<string, CopyVerifier> Verifiers() => new TheoryData<string, CopyVerifier>
    {
        { "Structural", CopyVerifier.Structural },
        { "StructuralAllowingSharing", CopyVerifier.StructuralAllowingSharing },
        { "ForOptions", MeasurableCopy.ForOptions(new DeepCopyOptions { NonCopyableAction = NonCopyableAction.Null }).Verifier! },
    };

    private static (HashSet<int> Source, object Copy, CancellingComparer Comparer) ArmedSetAndCopy()
    {
        var comparer = new CancellingComparer();
        var source = Fill(new HashSet<int>(comparer));
        var copy = DeepCopier.Copy(source);
        comparer.Armed = true;
        return (source, copy, comparer);
    }

    private static HashSet<int> Fill(HashSet<int> set)
    {
        for (var i = 0; i < Size; i++)
        {
            set.Add(i);
        }

        return set;
    }

    private static string? Verify(CopyVerifier verifier, object source, object copy, CancellationToken cancellationToken) =>
        verifier.Verify(source, copy, cancellationToken, out _);
}
