namespace DeepCopy.Core.Measurement
{
    /// <summary>One row between its check and its timing: the result so far and the warm-up copies already made.</summary>
    internal sealed class RowRun
    {
        /// <summary>Warm-up copies kept to estimate one copy's time: the latest ones, when the JIT has settled.</summary>
        internal const int RecentWarmupSamples = 64;

        public RowRun(MeasurableCopy row, int index)
        {
            Row = row;
            Index = index;
            Result = new MeasurementResult(row.Name, row.IsBaseline, verification: null);
        }

        public MeasurableCopy Row { get; }

        public int Index { get; }

        /// <summary>The row's result; replaced by a failed one when the row fails.</summary>
        public MeasurementResult Result { get; set; }

        public bool Failed => Result.Error != null;

        /// <summary>How long the checked copy took: the estimate of one copy when there is no warm-up.</summary>
        public double FirstCopyNanoseconds { get; set; }

        /// <summary>Warm-up copies made so far, the shared rounds included.</summary>
        public int WarmupCopies { get; set; }

        /// <summary>The times of the latest warm-up copies, in a ring of <see cref="RecentWarmupSamples"/>.</summary>
        public double[] RecentWarmupNanoseconds { get; } = new double[RecentWarmupSamples];

        public void AddWarmupSample(double nanoseconds) => RecentWarmupNanoseconds[WarmupCopies++ % RecentWarmupSamples] = nanoseconds;
    }
}
