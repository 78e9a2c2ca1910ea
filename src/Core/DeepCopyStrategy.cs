namespace DeepCopy.Core
{
    /// <summary>How a deep copy walks the graph. Every strategy follows the same per-type plan, so they differ in cost, not in what they copy.</summary>
    public enum DeepCopyStrategy
    {
        /// <summary>Reads and writes fields through reflection. No code generation, so it is cheap to start.</summary>
        Reflection = 0,
    }
}
