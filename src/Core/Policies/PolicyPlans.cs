using System;
using DeepCopy.Core.Engine;
using System.Globalization;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Policies
{
    /// <summary>Turns the policy that applies to a runtime type into the plan the engine follows for that type in one copy.</summary>
    internal static class PolicyPlans
    {
        public static TypePlan Build(Type type, PolicyEntry entry)
        {
            var policy = entry.Policy;
            switch (policy.Kind)
            {
                case TypePolicyKind.Share:
                    return TypePlan.Immutable(type);
                case TypePolicyKind.Null:
                    return TypePlan.Refused(type, Reason(entry), NonCopyableAction.Null);
                case TypePolicyKind.Throw:
                    return TypePlan.Refused(type, Reason(entry), NonCopyableAction.Throw);
                case TypePolicyKind.Clone:
                    return TypePlan.ForUserHandler(type, new PolicyCopyHandler(entry.Type, CloneCopier));
                case TypePolicyKind.Custom:
                    return TypePlan.ForUserHandler(type, new PolicyCopyHandler(entry.Type, policy.Copier!));
                default:
                    return CopyPlan(type);
            }
        }

        /// <summary>
        /// "Copy" overrides statements that share or refuse the type ([DeepCopyShare], registrations, built-in refusals).
        /// Only a global plan that is shared or refused can come from such a statement; any other is already the copy plan.
        /// </summary>
        private static TypePlan CopyPlan(Type type)
        {
            var global = TypePlanCache.Get(type);
            if (global.Kind != TypePlanKind.Immutable && global.Kind != TypePlanKind.NonCopyable)
            {
                return global;
            }

            return TypePlanBuilder.Build(type, TypePlanCache.Get, honourTreatments: false);
        }

        private static object? CloneCopier(object source, DeepCopyContext context) => ((ICloneable)source).Clone();

        /// <summary>Why a Null or Throw policy refuses a value, in words that fit after "because"; the Json strategy says the same.</summary>
        internal static string Reason(PolicyEntry entry) =>
            string.Format(CultureInfo.InvariantCulture, "a type policy for [{0}] says {1}", TypeNames.Readable(entry.Type), entry.Policy.Kind);
    }
}
