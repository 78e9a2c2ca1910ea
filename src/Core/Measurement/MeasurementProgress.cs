namespace DeepCopy.Core.Measurement
{
    /// <summary>A progress report. A struct, so reporting allocates nothing on the measuring thread.</summary>
    public readonly struct MeasurementProgress
    {
        internal MeasurementProgress(int row, int rowCount, string name, MeasurementPhase phase, int iteration, int iterations, MeasurementResult? result)
        {
            Row = row;
            RowCount = rowCount;
            Name = name;
            Phase = phase;
            Iteration = iteration;
            Iterations = iterations;
            Result = result;
        }

        /// <summary>The row being measured, counting from 0.</summary>
        public int Row { get; }

        public int RowCount { get; }

        public string Name { get; }

        public MeasurementPhase Phase { get; }

        /// <summary>Timed iterations done so far in this row.</summary>
        public int Iteration { get; }

        /// <summary>Timed iterations this row will make (0 before they are chosen).</summary>
        public int Iterations { get; }

        /// <summary>The finished row, in <see cref="MeasurementPhase.Completed"/>; null otherwise. Its ratio is not set yet.</summary>
        public MeasurementResult? Result { get; }

        /// <summary>
        /// The share of all rows done, from 0 to 1. Every row is checked before any is timed, and the checks count as
        /// nothing done yet, so the share never goes back.
        /// </summary>
        public double Fraction => RowCount == 0 ? 1 : Phase == MeasurementPhase.Verifying ? 0 : (Row + (Iterations == 0 ? 0 : (double)Iteration / Iterations)) / RowCount;
    }
}
