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

        /// <summary>Stops a long comparison with <see cref="OperationCanceledException"/>.</summary>
        public CancellationToken CancellationToken { get; set; }
    }
}
