using System;
using System.Diagnostics;
using System.Reflection;
using System.Threading;

namespace DeepCopy.Core.Measurement
{
    /// <summary>Measures one row: verify one copy, warm up, then time the iterations and read the GC counters around them.</summary>
    internal sealed class RowMeasurer
    {
        private const int RecentWarmupSamples = 64;
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

        /// <summary>Never throws for a row that fails: the reason goes to <see cref="MeasurementResult.Error"/>. Cancellation does throw.</summary>
        public MeasurementResult Measure(object? graph, MeasurableCopy row, int rowIndex)
        {
            var result = new MeasurementResult(row.Name, row.IsBaseline, row.Verifier?.Name ?? "None");
            try
            {
                Report(rowIndex, row.Name, MeasurementPhase.Verifying, 0, 0);
                var start = Stopwatch.GetTimestamp();
                var copy = row.Copy(graph);
                var firstCopyNanoseconds = NanosecondsSince(start);

                // A copy that a stop cut short is no copy to judge: a baseline stopped halfway returns nothing.
                _cancellationToken.ThrowIfCancellationRequested();
                string? problem = null;
                if (row.Verifier != null)
                {
                    // The comparison walks the whole graph, as long as a copy or longer: Ctrl+C must reach it too.
                    problem = row.Verifier.Verify(graph, copy, _cancellationToken, out var checkedAs);
                    result.Verification = checkedAs;
                }

                if (problem != null)
                {
                    // A difference's text ends with its own full stop.
                    result.Error = "The copy is not right: " + problem.TrimEnd('.') + ".";
                    return result;
                }

                result.ObjectsPerCopy = row.LastObjectsCopied?.Invoke();
                var estimate = WarmUp(graph, row, rowIndex, firstCopyNanoseconds, result);
                TimeIterations(graph, row, rowIndex, IterationPlan.Choose(estimate, _settings), result);
            }
            // A failing progress callback is the caller's failure (PipelineStoppedException on Ctrl+C), not the row's.
            catch (Exception failure) when (!_cancellationToken.IsCancellationRequested && !_progressFailed)
            {
                return Failed(row, result, failure);
            }

            return result;
        }

        // Returns the estimated time of one copy: the median of the latest warm-up copies, when the JIT has settled.
        private double WarmUp(object? graph, MeasurableCopy row, int rowIndex, double firstCopyNanoseconds, MeasurementResult result)
        {
            if (_settings.Warmup == 0)
            {
                result.WarmupCopies = 0;
                return firstCopyNanoseconds;
            }

            Report(rowIndex, row.Name, MeasurementPhase.WarmingUp, 0, 0);
            var recent = new double[RecentWarmupSamples];
            var copies = 0;
            var begin = Stopwatch.GetTimestamp();
            var warmupEnd = begin + Ticks(_settings.WarmupTime);
            var cap = begin + Ticks(_settings.MaxWarmupTime);
            var jitQuiet = Ticks(_settings.JitQuietTime);
            var jitCount = JitProbe.Read();
            var jitQuietSince = begin;
            long now;
            do
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var start = Stopwatch.GetTimestamp();
                GC.KeepAlive(row.Copy(graph));
                recent[copies++ % RecentWarmupSamples] = NanosecondsSince(start);
                now = Stopwatch.GetTimestamp();
                var count = JitProbe.Read();
                if (count != jitCount)
                {
                    jitCount = count;
                    jitQuietSince = now;
                }
            }
            while (copies < _settings.Warmup || now < warmupEnd || (now < cap && now - jitQuietSince < jitQuiet));

            result.WarmupCopies = copies;
            var filled = Math.Min(copies, RecentWarmupSamples);
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
            // A failed row keeps only its name and the reason; half-filled numbers would read as a measurement.
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
