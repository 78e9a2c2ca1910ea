using System;
using System.Threading;
using DeepCopy.Core.Comparison;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Accepts only exact deep copies, judged by the same engine as Compare-DeepObject: no structural difference and,
    /// with independence checked, no mutable object reachable from both the source and the copy, except the values the
    /// copy's options drop or share on purpose.
    /// </summary>
    internal sealed class StructuralCopyVerifier : CopyVerifier
    {
        private const string DroppedSuffix = " (dropped values allowed)";
        private const string SharedSuffix = " (shared values allowed)";
        private readonly bool _independence;
        private readonly Func<object, bool>? _acceptsNullFor;
        private readonly Func<object, bool>? _acceptsSharingOf;

        /// <param name="independence">
        /// False to accept any value shared with the source (<see cref="CopyVerifier.StructuralAllowingSharing"/>), for a
        /// caller whose copy shares values the options do not describe.
        /// </param>
        /// <param name="acceptsNullFor">Values the copy drops on purpose (see <see cref="DroppedValues"/>); null when it drops none.</param>
        /// <param name="acceptsSharingOf">Values the copy shares on purpose (see <see cref="SharedValues"/>); null when it shares none.</param>
        public StructuralCopyVerifier(bool independence, Func<object, bool>? acceptsNullFor = null, Func<object, bool>? acceptsSharingOf = null)
        {
            _independence = independence;
            _acceptsNullFor = acceptsNullFor;
            _acceptsSharingOf = independence ? acceptsSharingOf : null;
            Name = independence ? "Structural" : "Structural (sharing allowed)";
        }

        /// <summary>
        /// This check, allowing null where <paramref name="options"/> drop a value and the source's own value where they
        /// share one, as Copy-DeepObject with them would; everywhere else it stays as strict.
        /// </summary>
        public CopyVerifier AllowingWhatTheOptionsAsk(DeepCopyOptions options)
        {
            var dropped = DroppedValues.For(options);
            var shared = _independence ? SharedValues.For(options) : null;
            return dropped is null && shared is null ? this : new StructuralCopyVerifier(_independence, dropped, shared);
        }

        /// <summary>The name of the strict check; <see cref="Verify(object, object, CancellationToken, out string)"/> says what a given copy needed.</summary>
        public override string Name { get; }

        public override string? Verify(object? source, object? copy) => Verify(source, copy, CancellationToken.None, out _);

        internal override string? Verify(object? source, object? copy, CancellationToken cancellationToken, out string checkedAs)
        {
            // Made per call: the verifier may check copies on several threads, and the use it records is this copy's.
            var use = _acceptsNullFor is null && _acceptsSharingOf is null ? null : new AllowanceUse();

            // The first difference is enough to reject a row; finding them all would only cost time.
            var options = new DeepCompareOptions
            {
                Independence = _independence,
                MaxDifferences = 1,
                AcceptsNullFor = _acceptsNullFor,
                AcceptsSharingOf = _acceptsSharingOf,
                AllowanceUse = use,
                CancellationToken = cancellationToken,
            };
            var differences = DeepComparer.Compare(source, copy, options);
            checkedAs = Name + (use?.AcceptedSharing == true ? SharedSuffix : string.Empty) + (use?.AcceptedNull == true ? DroppedSuffix : string.Empty);
            return differences.Count == 0 ? null : differences[0].ToString();
        }
    }
}
