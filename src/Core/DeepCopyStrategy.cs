namespace DeepCopy.Core
{
    /// <summary>
    /// How a deep copy walks the graph. Every exact strategy follows the same per-type plan, so they differ in cost,
    /// not in what they copy. <see cref="Json"/> is the one lossy exception.
    /// </summary>
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

        /// <summary>
        /// LOSSY. A System.Text.Json round trip into PowerShell-native shapes, like <c>ConvertTo-Json | ConvertFrom-Json</c>
        /// without the depth truncation: dictionaries come back as ordered hashtables, other objects as PSCustomObjects
        /// (ordered dictionaries outside PowerShell), lists as <c>object[]</c>, numbers as int, long, decimal or double.
        /// Unlike every other strategy it runs the source's public property getters and enumerators. Shared references
        /// are duplicated, cycles fail with <see cref="DeepCopyErrorKind.CycleNotSupported"/>, and nesting is limited
        /// to <see cref="DeepCopyOptions.MaxDepth"/>, or 1000 levels when that is 0. The full list of what it loses is
        /// in docs/json-strategy.md.
        /// </summary>
        Json = 4,
    }
}
