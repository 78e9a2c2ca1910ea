using System.Threading;

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
        /// Like <see cref="Structural"/>, but accepts any value shared with the source, wherever it is: for copies that
        /// share values their options do not describe. A row made by <see cref="MeasurableCopy.ForOptions"/> with
        /// <see cref="Structural"/> already accepts what its options share (a Share type policy, NonCopyableAction
        /// Reference, a user's copier) and nothing else.
        /// </summary>
        public static CopyVerifier StructuralAllowingSharing { get; } = new StructuralCopyVerifier(independence: false);

        /// <summary>Returns null when <paramref name="copy"/> is acceptable, otherwise why not.</summary>
        public abstract string? Verify(object? source, object? copy);

        /// <summary>
        /// <see cref="Verify(object, object)"/>, also saying how this copy was checked: <see cref="Name"/>, or for a check
        /// that let through what the copy's options drop or share, a name that says so. The row shows this one. A check
        /// that walks the graph stops with <see cref="System.OperationCanceledException"/> once
        /// <paramref name="cancellationToken"/> is cancelled, so Ctrl+C does not wait for a whole comparison.
        /// </summary>
        internal virtual string? Verify(object? source, object? copy, CancellationToken cancellationToken, out string checkedAs)
        {
            checkedAs = Name;
            return Verify(source, copy);
        }
    }
}
