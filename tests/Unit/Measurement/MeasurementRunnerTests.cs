using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement
{
    public class MeasurementRunnerTests
    {
        private static readonly Hashtable Graph = new Hashtable { ["a"] = new ArrayList { 1, "two", new Hashtable { ["c"] = 3 } } };

        // Short rows, so the suite stays fast: the defaults aim at a second per row.
        private static MeasurementSettings Quick(int? iterations = null, int warmup = 1) => new MeasurementSettings
        {
            Iterations = iterations,
            Warmup = warmup,
            WarmupTime = TimeSpan.Zero,
            JitQuietTime = TimeSpan.Zero,
            TargetTimePerRow = TimeSpan.FromMilliseconds(20),
        };

        [Fact]
        public void AFailedVerificationIsReportedInItsRowAndTheOtherRowsAreMeasured()
        {
            var wrong = new MeasurableCopy("Wrong", source => new Hashtable { ["a"] = "not a copy" }, CopyVerifier.Structural);
            var rows = new MeasurementRunner(Quick()).Run(Graph, new[] { wrong, MeasurableCopy.ForStrategy(DeepCopyStrategy.Reflection) });

            Assert.Equal(new[] { "Reflection", "Wrong" }, rows.Select(row => row.Strategy));
            Assert.Null(rows[0].Error);
            Assert.StartsWith("The copy is not right: ", rows[1].Error);
            Assert.Null(rows[1].Ratio);

            // Empty, not zero: a zero would read as a measurement and sort before every real one.
            var failed = rows[1];
            Assert.Null(failed.Iterations);
            Assert.Null(failed.CopiesPerIteration);
            Assert.Null(failed.WarmupCopies);
            Assert.Null(failed.MedianNanoseconds);
            Assert.Null(failed.Median);
            Assert.Null(failed.Mean);
            Assert.Null(failed.Min);
            Assert.Null(failed.Max);
            Assert.Null(failed.Gen0Collections);
            Assert.Null(failed.Gen1Collections);
            Assert.Null(failed.Gen2Collections);
            Assert.Null(failed.FractionOfSlowest);
        }

        [Fact]
        public void ACopyThatThrowsIsReportedInItsRow()
        {
            var throwing = new MeasurableCopy("Throws", source => throw new InvalidOperationException("no copy today"));
            var row = Assert.Single(new MeasurementRunner(Quick()).Run(Graph, new[] { throwing }));
            Assert.Equal("InvalidOperationException: no copy today", row.Error);
        }

        [Fact]
        public void TheRatioIsEachMedianOverTheFastestAndRowsComeFastestFirst()
        {
            var slow = new MeasurableCopy("Slow", source => Spin(source, TimeSpan.FromMilliseconds(1)));
            var fast = new MeasurableCopy("Fast", source => source);
            var rows = new MeasurementRunner(Quick(iterations: 5)).Run(Graph, new[] { slow, fast });

            Assert.Equal(new[] { "Fast", "Slow" }, rows.Select(row => row.Strategy));
            Assert.Equal(1.0, rows[0].Ratio);
            Assert.Equal(rows[1].MedianNanoseconds!.Value / rows[0].MedianNanoseconds!.Value, rows[1].Ratio!.Value, 6);
            Assert.True(rows[1].Ratio > 10, $"ratio {rows[1].Ratio}");
            Assert.True(rows[1].Median >= TimeSpan.FromMilliseconds(1));
        }

        [Fact]
        public void GivenIterationsAndWarmupAreHonoured()
        {
            var calls = 0;
            var counting = new MeasurableCopy("Counting", source => { calls++; return Spin(source, TimeSpan.FromMilliseconds(0.2)); });
            var row = Assert.Single(new MeasurementRunner(Quick(iterations: 7, warmup: 4)).Run(Graph, new[] { counting }));

            Assert.Null(row.Error);
            Assert.Equal(7, row.Iterations);
            Assert.Equal(1, row.CopiesPerIteration);
            Assert.Equal(4, row.WarmupCopies);
            Assert.Equal(1 + 4 + 7, calls); // every copy is accounted for: the check, the warm-up (shared rounds included), the timed ones
        }

        [Fact]
        public void ARowThatFailsItsCheckIsCopiedOnceAndNeverWarmedUp()
        {
            var calls = 0;
            var wrong = new MeasurableCopy("Wrong", source => { calls++; return new Hashtable(); }, CopyVerifier.Structural);
            var throws = new MeasurableCopy("Throws", source => { calls += 100; throw new InvalidOperationException("no"); });

            var rows = new MeasurementRunner(Quick(iterations: 2, warmup: 5)).Run(Graph, new[] { wrong, throws, MeasurableCopy.ForStrategy(DeepCopyStrategy.Reflection) });

            Assert.Equal(101, calls);
            Assert.Null(rows.Single(row => row.Strategy == "Reflection").Error);
        }

        [Fact]
        public void EveryRowIsCheckedBeforeAnyOfItsWarmupCopies()
        {
            var events = new List<string>();
            var first = new MeasurableCopy("First", source => { events.Add("copy First"); return source; }, new RecordingVerifier(events));
            var second = new MeasurableCopy("Second", source => { events.Add("copy Second"); return source; }, new RecordingVerifier(events));

            new MeasurementRunner(Quick(iterations: 1, warmup: 2)).Run(Graph, new[] { first, second });

            Assert.Equal(new[] { "copy First", "check" }, events.Take(2));
            var secondStart = events.IndexOf("copy Second");
            Assert.Equal("check", events[secondStart + 1]);
        }

        [Fact]
        public void ARowWhoseCopyThrewReportsNoVerification()
        {
            var throwing = new MeasurableCopy("Throws", source => throw new InvalidOperationException("no copy"), CopyVerifier.Structural);
            var row = Assert.Single(new MeasurementRunner(Quick()).Run(Graph, new[] { throwing }));
            Assert.Null(row.Verification);
        }

        [Fact]
        public void ARowWithoutAVerifierThatCopiedReportsNone()
        {
            var row = Assert.Single(new MeasurementRunner(Quick(iterations: 1)).Run(Graph, new[] { new MeasurableCopy("Plain", source => source) }));
            Assert.Equal("None", row.Verification);
        }

        [Fact]
        public void VeryFastCopiesAreBatchedPerIteration()
        {
            var row = Assert.Single(new MeasurementRunner(Quick(iterations: 3)).Run(Graph, new[] { new MeasurableCopy("Nothing", source => source) }));
            Assert.Equal(3, row.Iterations);
            Assert.True(row.CopiesPerIteration > 1);
        }

        [Fact]
        public void AStrategyRowCountsObjectsAndAllocationsAndBaselinesDoNot()
        {
            var baseline = new MeasurableCopy("Baseline", source => source, isBaseline: true);
            var rows = new MeasurementRunner(Quick()).Run(Graph, new[] { MeasurableCopy.ForStrategy(DeepCopyStrategy.Reflection), baseline });
            var strategy = rows.Single(row => row.Strategy == "Reflection");

            Assert.Equal(3, strategy.ObjectsPerCopy); // two hashtables and a list; ints and strings are immutable
            Assert.True(strategy.AllocatedBytesPerCopy > 0);
            Assert.Equal("Structural", strategy.Verification);
            Assert.Null(strategy.PoolHitRate);
            Assert.NotNull(strategy.GCPauseTime);
            var plain = rows.Single(row => row.Strategy == "Baseline");
            Assert.True(plain.IsBaseline);
            Assert.Null(plain.ObjectsPerCopy);
            Assert.True(plain.AllocatedBytesPerCopy < 64, $"a copy that allocates nothing measured {plain.AllocatedBytesPerCopy} bytes"); // the test runner may allocate on this thread now and then
            Assert.Equal("None", plain.Verification);
        }

        [Fact]
        public void PoolHitRateCountsOnlyTheMeasuringThreadsCopies()
        {
            // Another thread's pooled copies (another runspace, ForEach-Object -Parallel) are not this row's.
            var elsewhere = new MeasurableCopy("ReflectionWhileAnotherThreadPools", source =>
            {
                // A thread of its own: a task's Wait() may run the task inline, on this very thread.
                var other = new System.Threading.Thread(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Pooled }));
                other.Start();
                other.Join();
                return DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection });
            });
            var pooled = MeasurableCopy.ForStrategy(DeepCopyStrategy.Pooled);

            var rows = new MeasurementRunner(Quick()).Run(Graph, new[] { elsewhere, pooled });

            Assert.Null(rows.Single(row => row.Strategy == elsewhere.Name).PoolHitRate);
            Assert.Equal(1.0, rows.Single(row => row.Strategy == "Pooled").PoolHitRate);
        }

        [Fact]
        public void EveryStrategyGetsARow()
        {
            var copies = Enum.GetValues(typeof(DeepCopyStrategy)).Cast<DeepCopyStrategy>().Select(strategy => MeasurableCopy.ForStrategy(strategy)).ToArray();
            var rows = new MeasurementRunner(Quick()).Run(Graph, copies);
            Assert.Equal(copies.Select(copy => copy.Name).OrderBy(name => name), rows.Select(row => row.Strategy).OrderBy(name => name));
            Assert.All(rows, row => Assert.Null(row.Error));
        }

        [Fact]
        public void CancellingStopsPromptlyBetweenIterations()
        {
            using var stop = new CancellationTokenSource();
            var calls = 0;
            var row = new MeasurableCopy("Cancels", source =>
            {
                if (++calls == 20)
                {
                    stop.Cancel();
                }

                return Spin(source, TimeSpan.FromMilliseconds(0.2));
            });
            // 0.2 ms copies batch 5 to an iteration (the default target is 1 s over at most 1000 iterations).
            var settings = new MeasurementSettings { Warmup = 0, TargetTimePerRow = TimeSpan.FromSeconds(1) };
            var timer = Stopwatch.StartNew();

            Assert.ThrowsAny<OperationCanceledException>(() => new MeasurementRunner(settings).Run(Graph, new[] { row, row }, null, stop.Token));
            Assert.InRange(calls, 20, 25); // the iteration that saw the cancel finishes; the second row never starts
            Assert.True(timer.Elapsed < TimeSpan.FromSeconds(5), $"took {timer.Elapsed}");
        }

        [Fact]
        public void ProgressReportsEveryPhaseAndTheCompletedRow()
        {
            var phases = new List<MeasurementPhase>();
            MeasurementResult? completed = null;
            new MeasurementRunner(Quick(iterations: 2)).Run(Graph, new[] { MeasurableCopy.ForStrategy(DeepCopyStrategy.Reflection) }, progress =>
            {
                phases.Add(progress.Phase);
                completed = progress.Result ?? completed;
            });

            Assert.Equal(new[] { MeasurementPhase.Verifying, MeasurementPhase.WarmingUp, MeasurementPhase.Measuring, MeasurementPhase.Measuring, MeasurementPhase.Measuring, MeasurementPhase.Completed }, phases);
            Assert.Equal("Reflection", completed!.Strategy);
        }

        private sealed class RecordingVerifier : CopyVerifier
        {
            private readonly List<string> _events;

            public RecordingVerifier(List<string> events) => _events = events;

            public override string Name => "Recording";

            public override string? Verify(object? source, object? copy)
            {
                _events.Add("check");
                return null;
            }
        }

        private static object? Spin(object? value, TimeSpan duration)
        {
            var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < end)
            {
            }

            return value;
        }
    }
}
