using System;
using System.Threading;

namespace DeepCopy.Core
{
    /// <summary>Settings for one copy. Instances are cheap, and a copy reads them as they are when it starts.</summary>
    public sealed class DeepCopyOptions
    {
        private int _maxDepth;
        private TypePolicySet _typePolicies = TypePolicySet.Empty;
        private DeepCopyStrategy _strategy = DeepCopyStrategy.Auto;
        private NonCopyableAction _nonCopyableAction = NonCopyableAction.Throw;

        /// <summary>
        /// A new instance with the default settings, the ones used when none are given. A new one each time, so that
        /// changing it cannot change the defaults of every other copy in the process.
        /// </summary>
        public static DeepCopyOptions Default => new DeepCopyOptions();

        /// <summary>The defaults the library itself uses when none are given; never handed out, so never changed.</summary>
        internal static DeepCopyOptions Shared { get; } = new DeepCopyOptions();

        /// <summary>Which strategy walks the graph.</summary>
        public DeepCopyStrategy Strategy
        {
            get => _strategy;
            set => _strategy = Enum.IsDefined(typeof(DeepCopyStrategy), value)
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a DeepCopyStrategy.");
        }

        /// <summary>What to do with values that cannot be copied.</summary>
        public NonCopyableAction NonCopyableAction
        {
            get => _nonCopyableAction;
            set => _nonCopyableAction = Enum.IsDefined(typeof(NonCopyableAction), value)
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a NonCopyableAction.");
        }

        /// <summary>
        /// The deepest nesting allowed, the root being level 0; 0 means no limit, except for
        /// <see cref="DeepCopyStrategy.Json"/>, which then stops at 1000. Deeper graphs fail with <see cref="DeepCopyErrorKind.MaxDepthExceeded"/>.
        /// </summary>
        public int MaxDepth
        {
            get => _maxDepth;
            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDepth must be 0 (no limit) or positive.");
                }

                _maxDepth = value;
            }
        }

        /// <summary>
        /// How chosen types and their subtypes are treated in this copy (Copy, Share, Null, Throw, Clone or a custom copier).
        /// They outrank [DeepCopyShare], registrations and built-in rules; see docs/policies.md. Null means none.
        /// </summary>
        public TypePolicySet TypePolicies
        {
            get => _typePolicies;
            set => _typePolicies = value ?? TypePolicySet.Empty;
        }

        /// <summary>Stops a long copy. The copy throws <see cref="OperationCanceledException"/> and nothing half-built escapes.</summary>
        public CancellationToken CancellationToken { get; set; }

        /// <summary>A separate instance with the same settings, for those who keep options beyond one call.</summary>
        internal DeepCopyOptions Snapshot() => (DeepCopyOptions)MemberwiseClone();
    }
}
