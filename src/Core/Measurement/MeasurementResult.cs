using System;
using System.Globalization;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// One row of a measurement. Times are per copy. GC counts and pause time cover the timed iterations of this row
    /// only (warm-up excluded). A row that could not be measured has <see cref="Error"/> set and every number null: a
    /// zero would read as a measurement (the fastest one, to a sort).
    /// </summary>
    public sealed class MeasurementResult
    {
        internal MeasurementResult(string strategy, bool isBaseline, string? verification)
        {
            Strategy = strategy;
            IsBaseline = isBaseline;
            Verification = verification;
        }

        /// <summary>The row's name: a strategy, or a baseline such as PSSerializer.</summary>
        public string Strategy { get; }

        /// <summary>True for a reference point that is not a DeepCopy strategy.</summary>
        public bool IsBaseline { get; }

        /// <summary>
        /// How one copy was checked before timing: Structural (for a copy whose options drop or share some of its values,
        /// followed by "(shared values allowed)" and/or "(dropped values allowed)" when the graph held such values),
        /// NonNull ("NonNull (null root allowed)" for a Json copy that was null by the strategy's rules), or None (the
        /// row has no check). Null when the row failed before its first copy was checked: the copy (or the check) threw.
        /// </summary>
        public string? Verification { get; internal set; }

        /// <summary>Timed iterations (samples). Each one made <see cref="CopiesPerIteration"/> copies.</summary>
        public int? Iterations { get; internal set; }

        /// <summary>Copies made back to back inside one timed iteration, so that very fast copies outlast the timer's resolution.</summary>
        public int? CopiesPerIteration { get; internal set; }

        /// <summary>
        /// Copies made to warm up before timing (the verification copy not included), counting the shared rounds each
        /// checked row makes before any row is timed.
        /// </summary>
        public int? WarmupCopies { get; internal set; }

        public TimeSpan? Median { get; internal set; }

        public TimeSpan? Mean { get; internal set; }

        public TimeSpan? Min { get; internal set; }

        public TimeSpan? Max { get; internal set; }

        /// <summary>The median in nanoseconds, at full precision (a TimeSpan stops at 100 ns).</summary>
        public double? MedianNanoseconds { get; internal set; }

        /// <summary>
        /// Bytes allocated per copy by the measuring thread and by any worker it waited on for the copy (the ConvertToJson
        /// baseline's long reads); null where the runtime cannot tell (.NET Framework before 4.8).
        /// </summary>
        public long? AllocatedBytesPerCopy { get; internal set; }

        /// <summary>Objects one copy created, as the strategy counts them; null for baselines.</summary>
        public long? ObjectsPerCopy { get; internal set; }

        public int? Gen0Collections { get; internal set; }

        public int? Gen1Collections { get; internal set; }

        public int? Gen2Collections { get; internal set; }

        /// <summary>Time the process spent paused for GC during the timed iterations; null before .NET 7.</summary>
        public TimeSpan? GCPauseTime { get; internal set; }

        /// <summary>Share of timed copies that reused a pooled context; null when no copy touched the pool.</summary>
        public double? PoolHitRate { get; internal set; }

        /// <summary>This row's median divided by the fastest row's median; null for a failed row.</summary>
        public double? Ratio { get; internal set; }

        /// <summary>This row's median divided by the slowest row's median, from 0 to 1: the length of the row's bar in a chart. Null for a failed row.</summary>
        public double? FractionOfSlowest { get; internal set; }

        /// <summary>Why the row could not be measured (the copy failed, or was not right); null when it was.</summary>
        public string? Error { get; internal set; }

        public override string ToString() => Error != null
            ? Strategy + ": " + Error
            : string.Format(CultureInfo.InvariantCulture, "{0}: median {1:0.###} us over {2} iterations", Strategy, MedianNanoseconds / 1000, Iterations);
    }
}
