using System;
using System.Diagnostics;
using System.Reflection;
using System.Threading;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Measures rows in two steps: <see cref="Check"/> verifies one copy and makes the row's shared warm-up copies, before
    /// any row is timed; <see cref="Measure"/> warms the row up the rest of the way, then times the iterations and reads
    /// the GC counters around them.
    /// </summary>
    internal sealed class RowMeasurer
    {
        private readonly MeasurementSettings _settings;
        private readonly Action<MeasurementProgress>? _progress;
        private readonly int _rowCount;
        private readonly CancellationToken _cancellationToken;
        private long _progressBytes;
        private bool _progressFailed;

        public RowMeasurer(MeasurementSettings settings, Action<MeasurementProgress>? progress, int rowCount, CancellationToken cancellationToken)
        {
            _settings = settings;
            _progress = progress;
            _rowCount = rowCount;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Makes one copy and checks it; a row that passes then makes up to <paramref name="sharedWarmupRounds"/> of its
        /// warm-up copies (never more than the settings' warm-up). Never throws for a row that fails: the reason goes to
        /// its result. Cancellation does throw.
        /// </summary>
        public RowRun Check(object? graph, MeasurableCopy row, int rowIndex, int sharedWarmupRounds)
        {
            var run = new RowRun(row, rowIndex);
            Guarded(run, () =>
            {
                Report(rowIndex, row.Name, MeasurementPhase.Verifying, 0, 0);
                var start = Stopwatch.GetTimestamp();
                var copy = row.Copy(graph);
                run.FirstCopyNanoseconds = NanosecondsSince(start);

                // A copy that a stop cut short is no copy to judge: a baseline stopped halfway returns nothing.
                _cancellationToken.ThrowIfCancellationRequested();
                if (row.Verifier is null)
                {
                    run.Result.Verification = "None";
                }
                else
                {
                    // The comparison walks the whole graph, as long as a copy or longer: Ctrl+C must reach it too.
                    var problem = row.Verifier.Verify(graph, copy, _cancellationToken, out var checkedAs);
                    run.Result.Verification = checkedAs;
                    if (problem != null)
                    {
                        // A difference's text ends with its own full stop.
                        run.Result.Error = "The copy is not right: " + problem.TrimEnd('.') + ".";
                        return;
                    }
                }

                run.Result.ObjectsPerCopy = row.LastObjectsCopied?.Invoke();
                for (var round = Math.Min(sharedWarmupRounds, _settings.Warmup); round > 0; round--)
                {
                    WarmupCopy(graph, run);
                }
            });
            return run;
        }

        /// <summary>Warms a checked row up and times it. Never throws for a row that fails; cancellation does throw.</summary>
        public void Measure(object? graph, RowRun run) => Guarded(run, () =>
        {
            var estimate = WarmUp(graph, run);
            TimeIterations(graph, run.Row, run.Index, IterationPlan.Choose(estimate, _settings), run.Result);
        });

        private void Guarded(RowRun run, Action step)
        {
            try
            {
                step();
            }
            // A failing progress callback is the caller's failure (PipelineStoppedException on Ctrl+C), not the row's.
            catch (Exception failure) when (!_cancellationToken.IsCancellationRequested && !_progressFailed)
            {
                run.Result = Failed(run.Row, run.Result, failure);
            }
        }

        private void WarmupCopy(object? graph, RowRun run)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(run.Row.Copy(graph));
            run.AddWarmupSample(NanosecondsSince(start));
        }

        // Returns the estimated time of one copy: the median of the latest warm-up copies, when the JIT has settled.
        private double WarmUp(object? graph, RowRun run)
        {
            if (_settings.Warmup == 0)
            {
                run.Result.WarmupCopies = 0;
                return run.FirstCopyNanoseconds;
            }

            Report(run.Index, run.Row.Name, MeasurementPhase.WarmingUp, 0, 0);
            var begin = Stopwatch.GetTimestamp();
            var warmupEnd = begin + Ticks(_settings.WarmupTime);
            var cap = begin + Ticks(_settings.MaxWarmupTime);
            var jitQuiet = Ticks(_settings.JitQuietTime);
            var jitCount = JitProbe.Read();
            var jitQuietSince = begin;

            // The shared rounds made in the check count towards the minimum; they are at least one copy, so there is
            // always a sample to estimate from.
            var now = begin;
            while (run.WarmupCopies < _settings.Warmup || now < warmupEnd || (now < cap && now - jitQuietSince < jitQuiet))
            {
                WarmupCopy(graph, run);
                now = Stopwatch.GetTimestamp();
                var count = JitProbe.Read();
                if (count != jitCount)
                {
                    jitCount = count;
                    jitQuietSince = now;
                }
            }

            run.Result.WarmupCopies = run.WarmupCopies;
            var filled = Math.Min(run.WarmupCopies, RowRun.RecentWarmupSamples);
            var recent = run.RecentWarmupNanoseconds;
            Array.Sort(recent, 0, filled);
            return recent[filled / 2];
        }

        private static long Ticks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);

        private void TimeIterations(object? graph, MeasurableCopy row, int rowIndex, IterationPlan plan, MeasurementResult result)
        {
            var copy = row.Copy;
            var iterations = plan.Iterations;
            var copiesPerIteration = plan.CopiesPerIteration;
            var samples = new long[iterations];
            Report(rowIndex, row.Name, MeasurementPhase.Measuring, 0, iterations);

            _progressBytes = 0;
            var poolHits = DeepCopyDiagnostics.CurrentThreadPoolHits;
            var poolMisses = DeepCopyDiagnostics.CurrentThreadPoolMisses;
            var gen0 = GC.CollectionCount(0);
            var gen1 = GC.CollectionCount(1);
            var gen2 = GC.CollectionCount(2);
            var pause = GcProbe.TotalPauseDuration();
            var allocated = GcProbe.AllocatedBytesForCurrentThread();
            object? last = null;
            for (var i = 0; i < iterations; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var start = Stopwatch.GetTimestamp();
                for (var c = 0; c < copiesPerIteration; c++)
                {
                    last = copy(graph);
                }

                samples[i] = Stopwatch.GetTimestamp() - start;
                Report(rowIndex, row.Name, MeasurementPhase.Measuring, i + 1, iterations);
            }

            allocated = GcProbe.AllocatedBytesForCurrentThread() - allocated - _progressBytes;
            var pauseTime = GcProbe.TotalPauseDuration() - pause;
            result.Gen0Collections = GC.CollectionCount(0) - gen0;
            result.Gen1Collections = GC.CollectionCount(1) - gen1;
            result.Gen2Collections = GC.CollectionCount(2) - gen2;
            var hits = DeepCopyDiagnostics.CurrentThreadPoolHits - poolHits;
            var misses = DeepCopyDiagnostics.CurrentThreadPoolMisses - poolMisses;
            GC.KeepAlive(last);

            var totalCopies = (long)iterations * copiesPerIteration;
            result.Iterations = iterations;
            result.CopiesPerIteration = copiesPerIteration;
            result.AllocatedBytesPerCopy = GcProbe.CanReadAllocatedBytes ? (long)Math.Round((double)Math.Max(allocated, 0) / totalCopies) : (long?)null;
            result.GCPauseTime = GcProbe.CanReadPauseDuration ? pauseTime : (TimeSpan?)null;
            result.PoolHitRate = hits + misses == 0 ? (double?)null : (double)hits / (hits + misses);
            var statistics = SampleStatistics.FromSamples(samples, copiesPerIteration);
            result.MedianNanoseconds = statistics.MedianNanoseconds;
            result.Median = SampleStatistics.ToTimeSpan(statistics.MedianNanoseconds);
            result.Mean = SampleStatistics.ToTimeSpan(statistics.MeanNanoseconds);
            result.Min = SampleStatistics.ToTimeSpan(statistics.MinNanoseconds);
            result.Max = SampleStatistics.ToTimeSpan(statistics.MaxNanoseconds);
        }

        // The callback (the cmdlet's progress bar) runs on this thread; what it allocates is not the copy's.
        private void Report(int rowIndex, string name, MeasurementPhase phase, int iteration, int iterations)
        {
            if (_progress is null)
            {
                return;
            }

            var before = GcProbe.AllocatedBytesForCurrentThread();
            try
            {
                _progress(new MeasurementProgress(rowIndex, _rowCount, name, phase, iteration, iterations, null));
            }
            catch
            {
                _progressFailed = true;
                throw;
            }

            _progressBytes += GcProbe.AllocatedBytesForCurrentThread() - before;
        }

        private static MeasurementResult Failed(MeasurableCopy row, MeasurementResult partial, Exception failure)
        {
            // A failed row keeps only its name, how its copy was checked (null if it never was) and the reason;
            // half-filled numbers would read as a measurement.
            while (failure is TargetInvocationException && failure.InnerException != null)
            {
                failure = failure.InnerException;
            }

            return new MeasurementResult(row.Name, row.IsBaseline, partial.Verification)
            {
                Error = failure is DeepCopyException ? failure.Message : failure.GetType().Name + ": " + failure.Message,
            };
        }

        private static double NanosecondsSince(long start) => (Stopwatch.GetTimestamp() - start) * 1e9 / Stopwatch.Frequency;
    }
}
