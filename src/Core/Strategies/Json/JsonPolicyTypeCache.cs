using System;
using System.Runtime.CompilerServices;
using DeepCopy.Core.Metadata;
using DeepCopy.Core.Policies;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// What the Json strategy does with each runtime type under one <see cref="TypePolicySet"/>: the policy that applies is
    /// found by the set's own lookup (<see cref="TypePolicySet.TryMatch"/>, as for the exact strategies), once per set and
    /// type. Types no policy reaches get the process-wide <see cref="JsonTypeCache"/> entry. Kept beside the set in a weak
    /// table, so the set stays unaware of this strategy and goes away with its cache; copies without policies never come
    /// here. Like <see cref="JsonTypeCache"/>, it starts again when registrations change the plan cache's generation.
    /// </summary>
    internal sealed class JsonPolicyTypeCache
    {
        private static readonly ConditionalWeakTable<TypePolicySet, JsonPolicyTypeCache> BySet = new ConditionalWeakTable<TypePolicySet, JsonPolicyTypeCache>();
        private readonly TypePolicySet _set;
        private readonly GenerationTypeCache _infos;

        private JsonPolicyTypeCache(TypePolicySet set)
        {
            _set = set;
            _infos = new GenerationTypeCache(BuildInfo);
        }

        /// <summary>The cache for <paramref name="set"/>, or null when the set is empty and the global rules apply unchanged.</summary>
        public static JsonPolicyTypeCache? For(TypePolicySet set) =>
            set.IsEmpty ? null : BySet.GetValue(set, created => new JsonPolicyTypeCache(created));

        public JsonTypeInfo Get(Type type) => _infos.Get(type);

        private JsonTypeInfo BuildInfo(Type type) => _set.TryMatch(type, out var entry) ? Build(type, entry) : JsonTypeCache.Get(type);

        /// <summary>
        /// The policy's meaning for the exact strategies, in JSON terms. Only Copy keeps adapters: the other policies say
        /// what the value becomes, so nothing may open it first (a policy on PSObject stops before its base object).
        /// </summary>
        private JsonTypeInfo Build(Type type, PolicyEntry entry)
        {
            switch (entry.Policy.Kind)
            {
                case TypePolicyKind.Share:
                    return new JsonTypeInfo(JsonTypeKind.SharedReference);
                case TypePolicyKind.Null:
                    return new JsonTypeInfo(JsonTypeKind.NonCopyable) { NonCopyableReason = PolicyPlans.Reason(entry), FixedAction = NonCopyableAction.Null };
                case TypePolicyKind.Throw:
                    return new JsonTypeInfo(JsonTypeKind.NonCopyable) { NonCopyableReason = PolicyPlans.Reason(entry), FixedAction = NonCopyableAction.Throw };
                case TypePolicyKind.Clone:
                case TypePolicyKind.Custom:
                    return new JsonTypeInfo(JsonTypeKind.CopiedByPolicy);
                default:
                    // Copy: the Json rules, on the plan the set makes for Copy (the global one, or one that ignores the
                    // statements that would share or refuse the type).
                    return JsonTypeClassifier.Build(type, _set.PlanFor(type) ?? TypePlanCache.Get(type));
            }
        }
    }
}
