namespace DeepCopy.Core
{
    /// <summary>
    /// How a deep copy walks the graph. Every exact strategy follows the same per-type plan, so they differ in cost,
    /// not in what they copy. <see cref="Json"/> is the one lossy exception.
    /// </summary>
    public enum DeepCopyStrategy
    {
        /// <summary>Reads and writes fields through reflection. No code generation, so it is cheap to start.</summary>
        Reflection = 0,

        // 1 to 3 are left for the Compiled, Pooled and Auto strategies, which are being built beside this one.

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
