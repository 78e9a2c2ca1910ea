namespace DeepCopy.Core.Measurement
{
    /// <summary>Where a row is in its measurement.</summary>
    public enum MeasurementPhase
    {
        /// <summary>Making one copy and checking it.</summary>
        Verifying,

        /// <summary>Copying untimed, so the JIT and caches settle.</summary>
        WarmingUp,

        /// <summary>Timed iterations.</summary>
        Measuring,

        /// <summary>The row is done; <see cref="MeasurementProgress.Result"/> holds it.</summary>
        Completed,
    }
}
