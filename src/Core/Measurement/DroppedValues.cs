using System;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Which values a copy made with given options replaces by null on purpose, decided as the copy engine decides it:
    /// a non-copyable type under NonCopyableAction Null, or a type whose policy is Null.
    /// </summary>
    internal static class DroppedValues
    {
        /// <summary>Null when the options drop nothing, so the verifier stays as strict as before.</summary>
        public static Func<object, bool>? For(DeepCopyOptions options)
        {
            var policies = options.TypePolicies;
            if (options.NonCopyableAction != NonCopyableAction.Null && policies.IsEmpty)
            {
                return null;
            }

            var action = options.NonCopyableAction;
            return value =>
            {
                var type = value.GetType();
                var plan = (policies.IsEmpty ? null : policies.PlanFor(type)) ?? TypePlanCache.Get(type);
                return plan.Kind == TypePlanKind.NonCopyable && (plan.FixedAction ?? action) == NonCopyableAction.Null;
            };
        }
    }
}
