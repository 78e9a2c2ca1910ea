using System;

namespace DeepCopy.Core.Measurement
{
    /// <summary>How many timed iterations a row makes, and how many copies each one batches.</summary>
    internal readonly struct IterationPlan
    {
        private const int MaxCopiesPerIteration = 1_000_000;

        private IterationPlan(int iterations, int copiesPerIteration)
        {
            Iterations = iterations;
            CopiesPerIteration = copiesPerIteration;
        }

        public int Iterations { get; }

        public int CopiesPerIteration { get; }

        /// <summary>Plans a row whose copies take about <paramref name="estimatedNanoseconds"/> each.</summary>
        public static IterationPlan Choose(double estimatedNanoseconds, MeasurementSettings settings)
        {
            var estimate = Math.Max(estimatedNanoseconds, 1);
            var shortest = settings.MinIterationTime.Ticks * 100.0;
            var target = settings.TargetTimePerRow.Ticks * 100.0;
            var maxIterations = Math.Max(settings.MaxIterations, 1);
            var minIterations = Math.Min(Math.Max(settings.MinIterations, 1), maxIterations);

            if (settings.Iterations is int fixedIterations)
            {
                // Asked-for iterations are kept; copies are batched only as far as the timer's resolution needs.
                return new IterationPlan(fixedIterations, CopiesToLast(shortest, estimate));
            }

            // Fast copies: the most iterations, each batched to fill its share of the target time.
            // Slow copies: one copy per iteration, as many as fit in the target time, within the bounds.
            var copies = CopiesToLast(Math.Max(shortest, target / maxIterations), estimate);
            var iterations = (int)Math.Round(target / (estimate * copies));
            return new IterationPlan(Math.Min(Math.Max(iterations, minIterations), maxIterations), copies);
        }

        private static int CopiesToLast(double nanoseconds, double estimate) =>
            estimate >= nanoseconds ? 1 : (int)Math.Min(Math.Ceiling(nanoseconds / estimate), MaxCopiesPerIteration);
    }
}
