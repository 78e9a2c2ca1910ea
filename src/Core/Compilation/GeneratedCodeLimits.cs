namespace DeepCopy.Core.Compilation
{
    /// <summary>
    /// How wide a type may be for its generated methods to pay. Generated code is straight-line, one stretch per field:
    /// past a few thousand fields the JIT compiles it without optimising (it has limits on a method's size and blocks),
    /// it no longer fits the processor's instruction cache, and generating it takes seconds, while MemberwiseClone and
    /// the reflection populate do the same work from small loops. Wider types take those paths, as they do where the
    /// runtime refuses generated code. Measured (docs/strategies.md, "Very wide types"): a generated shell copied
    /// 4,000 to 30,000 fields 1.9 to 4 times slower per object than MemberwiseClone; a generated populate still won at
    /// 8,000 deep fields and lost or drew from 16,000 on, where generating it took 0.7 to 1.9 s.
    /// </summary>
    internal static class GeneratedCodeLimits
    {
        /// <summary>Instance fields (every class of the hierarchy) past which a shell is made by MemberwiseClone.</summary>
        public const int MaxShellFields = 4096;

        /// <summary>Deep fields (those of inline structs counted one by one) past which the populate step uses reflection.</summary>
        public const int MaxPopulateFields = 10000;
    }
}
