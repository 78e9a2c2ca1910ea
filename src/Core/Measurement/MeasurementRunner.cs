using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Measures several ways of copying one graph on the calling thread. Every row is verified before any row is
    /// timed, then the rows are timed one at a time; a row that fails reports why instead of stopping the others, and
    /// is copied no more. A full GC runs between rows, never inside one. Rows come back fastest first, with failed
    /// rows last.
    /// </summary>
    public sealed class MeasurementRunner
    {
        public MeasurementRunner(MeasurementSettings? settings = null) => Settings = settings ?? new MeasurementSettings();

        public MeasurementSettings Settings { get; }

        /// <param name="graph">The object graph every row copies.</param>
        /// <param name="copies">The rows, measured in this order.</param>
        /// <param name="progress">Called on this thread at each step and after each timed iteration; what it allocates is left out of the row's bytes.</param>
        /// <param name="cancellationToken">
        /// Checked between copies and by the check of each row's first copy, which it stops part way; cancelling throws
        /// <see cref="OperationCanceledException"/>. A row's own copy sees it only if the row was made with it.
        /// </param>
        public IReadOnlyList<MeasurementResult> Run(
            object? graph,
            IReadOnlyList<MeasurableCopy> copies,
            Action<MeasurementProgress>? progress = null,
            CancellationToken cancellationToken = default)
        {
            if (copies is null)
            {
                throw new ArgumentNullException(nameof(copies));
            }

            // Checked before any row runs, so a null row costs no copies of the others first.
            for (var i = 0; i < copies.Count; i++)
            {
                if (copies[i] is null)
                {
                    throw new ArgumentException("Row " + i + " is null.", nameof(copies));
                }
            }

            var measurer = new RowMeasurer(Settings, progress, copies.Count, cancellationToken);

            // Every row is checked (and, with warm-up on, copied a few more times) before any row is timed: the rows
            // share most of the engine, whose code the JIT compiles, then recompiles optimised, in the background;
            // without these copies the first row timed carries that cost and reads several times slower than the same
            // row measured later. A row that fails its check is copied no more.
            var runs = new RowRun[copies.Count];
            for (var i = 0; i < copies.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                runs[i] = measurer.Check(graph, copies[i], i, SharedWarmupRounds);
            }

            var results = new List<MeasurementResult>(copies.Count);
            foreach (var run in runs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!run.Failed)
                {
                    CollectGarbage();
                    measurer.Measure(graph, run);
                }

                var result = run.Result;
                results.Add(result);
                var iterations = result.Iterations ?? 0;
                progress?.Invoke(new MeasurementProgress(run.Index, copies.Count, result.Strategy, MeasurementPhase.Completed, iterations, iterations, result));
            }

            return Rank(results);
        }

        /// <summary>
        /// Warm-up copies each checked row makes right after its check, before any row is timed, when warm-up is on
        /// (at most -Warmup of them). They are the first of the row's warm-up copies and count in its WarmupCopies.
        /// </summary>
        internal const int SharedWarmupRounds = 3;

        // Between rows only: the previous row's garbage is not charged to the next one.
        private static void CollectGarbage()
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        }

        private static MeasurementResult[] Rank(List<MeasurementResult> results)
        {
            // OrderBy is stable, so equal medians keep the order the rows were given in. Failed rows, whose numbers are
            // all null, go last, and get no ratio or bar.
            var measured = results.Where(result => result.Error is null).OrderBy(result => result.MedianNanoseconds!.Value).ToArray();
            if (measured.Length > 0)
            {
                var fastest = measured[0].MedianNanoseconds!.Value;
                var slowest = measured[measured.Length - 1].MedianNanoseconds!.Value;
                foreach (var result in measured)
                {
                    var median = result.MedianNanoseconds!.Value;
                    result.Ratio = fastest > 0 ? median / fastest : (double?)null;
                    result.FractionOfSlowest = slowest > 0 ? median / slowest : 1;
                }
            }

            return measured.Concat(results.Where(result => result.Error != null)).ToArray();
        }
    }
}
