using System;
using System.Collections.Concurrent;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Which values a copy made with given options may hold as the source's own, with everything they hold, decided as
    /// the copy engine decides it: a type whose policy is Share, a non-copyable type under NonCopyableAction Reference,
    /// and a type whose policy is a user's copier (Custom or Clone), whose result holds what the user's code put there.
    /// A registered handler is not the user's say-so for one copy: what it shares is still checked.
    /// </summary>
    internal static class SharedValues
    {
        /// <summary>Null when the options share nothing on purpose, so the verifier stays as strict as before.</summary>
        public static Func<object, bool>? For(DeepCopyOptions options)
        {
            var policies = options.TypePolicies;
            var action = options.NonCopyableAction;
            if (action != NonCopyableAction.Reference && policies.IsEmpty)
            {
                return null;
            }

            // Matching a policy walks the type's base classes and interfaces; a graph holds few types and many values.
            var answers = new ConcurrentDictionary<Type, bool>();
            Func<Type, bool> decide = type => SharesOnPurpose(type, policies, action);
            return value => answers.GetOrAdd(value.GetType(), decide);
        }

        private static bool SharesOnPurpose(Type type, TypePolicySet policies, NonCopyableAction action)
        {
            if (!policies.IsEmpty && policies.TryMatch(type, out var entry))
            {
                if (entry.Policy.IsUserCopier)
                {
                    return true;
                }

                switch (entry.Policy.Kind)
                {
                    case TypePolicyKind.Share:
                        return true;
                    case TypePolicyKind.Null:
                    case TypePolicyKind.Throw:
                        return false;
                }
            }

            // No policy, or Copy: the engine's own plan, which shares a non-copyable value only under Reference.
            var plan = (policies.IsEmpty ? null : policies.PlanFor(type)) ?? TypePlanCache.Get(type);
            return plan.Kind == TypePlanKind.NonCopyable && (plan.FixedAction ?? action) == NonCopyableAction.Reference;
        }
    }
}
