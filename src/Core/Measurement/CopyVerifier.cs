namespace DeepCopy.Core.Measurement
{
    /// <summary>Decides, before a row is timed, whether one copy of the graph is acceptable.</summary>
    public abstract class CopyVerifier
    {
        /// <summary>Accepts any copy that is not null: for lossy copies (JSON round trips, PSSerializer) that change types by design.</summary>
        public static CopyVerifier NonNull { get; } = new NonNullCopyVerifier();

        /// <summary>How the row was verified, in a word or two: shown with the row.</summary>
        public abstract string Name { get; }

        /// <summary>
        /// Accepts only an exact deep copy: no difference by <see cref="DeepComparer"/> (which sees PowerShell objects
        /// through the adapter the module registers) and nothing mutable shared with the source.
        /// </summary>
        public static CopyVerifier Structural { get; } = new StructuralCopyVerifier(independence: true);

        /// <summary>
        /// Like <see cref="Structural"/>, but accepts values shared with the source: for copies asked to share some values
        /// (NonCopyableAction Reference, a Share type policy).
        /// </summary>
        public static CopyVerifier StructuralAllowingSharing { get; } = new StructuralCopyVerifier(independence: false);

        /// <summary>Returns null when <paramref name="copy"/> is acceptable, otherwise why not.</summary>
        public abstract string? Verify(object? source, object? copy);
    }
}
