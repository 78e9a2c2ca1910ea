using System;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Accepts only exact deep copies, judged by the same engine as Compare-DeepObject: no structural difference and,
    /// with independence checked, no mutable object reachable from both the source and the copy.
    /// </summary>
    internal sealed class StructuralCopyVerifier : CopyVerifier
    {
        private readonly DeepCompareOptions _options;

        /// <param name="independence">
        /// False when the copy shares some values on purpose (NonCopyableAction Reference, a Share policy): those would
        /// otherwise read as shared mutable state.
        /// </param>
        /// <param name="acceptsNullFor">Values the copy drops on purpose (see <see cref="DroppedValues"/>); null when it drops none.</param>
        public StructuralCopyVerifier(bool independence, Func<object, bool>? acceptsNullFor = null)
        {
            // The first difference is enough to reject a row; finding them all would only cost time.
            _options = new DeepCompareOptions { Independence = independence, MaxDifferences = 1, AcceptsNullFor = acceptsNullFor };
            Name = (independence ? "Structural" : "Structural (sharing allowed)") + (acceptsNullFor is null ? string.Empty : " (dropped values allowed)");
        }

        /// <summary>This check, allowing null where <paramref name="options"/> drop a value, as Copy-DeepObject with them would.</summary>
        public CopyVerifier AllowingDropsOf(DeepCopyOptions options)
        {
            var dropped = DroppedValues.For(options);
            return dropped is null ? this : new StructuralCopyVerifier(_options.Independence, dropped);
        }

        public override string Name { get; }

        public override string? Verify(object? source, object? copy)
        {
            var differences = DeepComparer.Compare(source, copy, _options);
            return differences.Count == 0 ? null : differences[0].ToString();
        }
    }
}
