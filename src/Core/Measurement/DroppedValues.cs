using System;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Which values a copy made with given options may replace by null on purpose, decided as the copy engine decides it:
    /// a non-copyable type under NonCopyableAction Null, a type whose policy is Null, and a type whose policy is a user's
    /// copier (Custom or Clone), whose null result is the user's say-so as much as a Null policy is.
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
                if (!policies.IsEmpty && policies.TryMatch(type, out var entry) && entry.Policy.IsUserCopier)
                {
                    return true;
                }

                var plan = (policies.IsEmpty ? null : policies.PlanFor(type)) ?? TypePlanCache.Get(type);
                return plan.Kind == TypePlanKind.NonCopyable && (plan.FixedAction ?? action) == NonCopyableAction.Null;
            };
        }
    }
}
