namespace DeepCopy.Core
{
    /// <summary>How a deep copy walks the graph. Every strategy follows the same per-type plan, so they differ in cost, not in what they copy.</summary>
    public enum DeepCopyStrategy
    {
        /// <summary>The default: pooled scratch state, reflection for cold types and generated code for hot ones.</summary>
        Auto = 0,

        /// <summary>Reads and writes fields through reflection. No code generation, so it is cheap to start.</summary>
        Reflection = 1,

        /// <summary>Per-type generated delegates, built once and cached: the fast path for repeated types.</summary>
        Compiled = 2,

        /// <summary>The compiled walk with all scratch state reused from a per-thread pool: allocates only the copy.</summary>
        Pooled = 3,
    }
}
