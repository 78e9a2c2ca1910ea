using System;
using System.Threading;

namespace DeepCopy.Core
{
    /// <summary>Settings for one copy. Instances are cheap; <see cref="Default"/> is shared and must not be changed.</summary>
    public sealed class DeepCopyOptions
    {
        /// <summary>The settings used when none are given.</summary>
        public static DeepCopyOptions Default { get; } = new DeepCopyOptions();

        private int _maxDepth;
        private TypePolicySet _typePolicies = TypePolicySet.Empty;

        /// <summary>Which strategy walks the graph.</summary>
        public DeepCopyStrategy Strategy { get; set; } = DeepCopyStrategy.Auto;

        /// <summary>What to do with values that cannot be copied.</summary>
        public NonCopyableAction NonCopyableAction { get; set; } = NonCopyableAction.Throw;

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
    }
}
