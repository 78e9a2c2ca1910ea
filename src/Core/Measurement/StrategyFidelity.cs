namespace DeepCopy.Core.Measurement
{
    /// <summary>Which strategies promise an exact copy, so their rows are verified structurally.</summary>
    internal static class StrategyFidelity
    {
        // Json round-trips public properties through JSON and says so in its docs: types and sharing are not kept.
        // Every other strategy follows the shared type plans and must copy exactly.
        public static bool IsExact(DeepCopyStrategy strategy) => strategy != DeepCopyStrategy.Json;
    }
}
