using System;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Policies
{
    /// <summary>
    /// The plans one <see cref="TypePolicySet"/> made, for one generation of registrations. A null plan means "no policy
    /// applies: use the global plan", and is cached too, so each type is matched once per set. Types a host may unload
    /// are held weakly, since a set can live as long as the session.
    /// </summary>
    internal sealed class PolicyPlanCache
    {
        private readonly TypeTable<TypePlan?> _plans = new TypeTable<TypePlan?>();

        public PolicyPlanCache(int generation)
        {
            Generation = generation;
        }

        public int Generation { get; }

        public TypePlan? Get(Type type, TypePolicySet set)
        {
            if (_plans.TryGetValue(type, out var plan))
            {
                return plan;
            }

            // Two threads may both build; plans hold no per-copy state, so the one that loses is just dropped.
            plan = set.TryMatch(type, out var entry) ? PolicyPlans.Build(type, entry) : null;
            return _plans.Add(type, plan);
        }
    }
}
