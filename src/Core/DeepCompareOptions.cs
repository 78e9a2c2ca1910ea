using System;
using System.Threading;

namespace DeepCopy.Core
{
    /// <summary>Settings for one comparison.</summary>
    public sealed class DeepCompareOptions
    {
        private int _maxDifferences;

        /// <summary>Also report every mutable object reachable from both graphs (<see cref="DeepDifferenceKind.SharedReference"/>). A deep copy has none.</summary>
        public bool Independence { get; set; }

        /// <summary>Stop after this many differences; 0 means no limit.</summary>
        public int MaxDifferences
        {
            get => _maxDifferences;
            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDifferences must be 0 (no limit) or positive.");
                }

                _maxDifferences = value;
            }
        }

        /// <summary>
        /// For verifying a copy made with options that drop values: true for a reference value that the copy may hold as
        /// null (a non-copyable value under NonCopyableAction Null, a type whose policy is Null). Null accepts none. It
        /// must decide by the value's type alone: key fingerprints (KeyFingerprinter) rely on that.
        /// </summary>
        internal Func<object, bool>? AcceptsNullFor { get; set; }

        /// <summary>
        /// For verifying a copy made with options that share values on purpose, with <see cref="Independence"/>: true for
        /// a reference value of the copy that may be the source's own, along with everything it holds (a value a Share
        /// policy or NonCopyableAction Reference shares, or what a user's copier returned: its insides are the user's
        /// choice). Such a value is neither reported nor walked into; every other value is still checked. Null accepts none.
        /// </summary>
        internal Func<object, bool>? AcceptsSharingOf { get; set; }

        /// <summary>Where the comparison records which of <see cref="AcceptsNullFor"/> and <see cref="AcceptsSharingOf"/> it used; null records nothing.</summary>
        internal Comparison.AllowanceUse? AllowanceUse { get; set; }

        /// <summary>Stops a long comparison with <see cref="OperationCanceledException"/>.</summary>
        public CancellationToken CancellationToken { get; set; }
    }
}
