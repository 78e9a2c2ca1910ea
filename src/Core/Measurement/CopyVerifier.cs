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
        /// Accepts only an exact deep copy: same types, values and shape, shared references kept, nothing mutable shared
        /// with the source. <paramref name="view"/> describes types the engine only knows through a registered handler.
        /// </summary>
        public static CopyVerifier Structural(StructuralView? view = null) => new StructuralCopyVerifier(view);

        /// <summary>Returns null when <paramref name="copy"/> is acceptable, otherwise why not.</summary>
        public abstract string? Verify(object? source, object? copy);
    }
}
