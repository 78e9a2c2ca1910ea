using System;
using System.Collections.Generic;
using DeepCopy.Core.Metadata;
using DeepCopy.Core.Policies;

namespace DeepCopy.Core
{
    /// <summary>
    /// Immutable statements of how types and their subtypes are copied, given with one copy through
    /// <see cref="DeepCopyOptions.TypePolicies"/>. Build one with <see cref="CreateBuilder"/>; reuse it across copies, since
    /// the plans it makes are cached in it and a pooled copy context keeps them while the same set is in use.
    /// <para>
    /// Which entry applies to a value: the entry for its exact type; otherwise the nearest level up its class chain that
    /// has one, where an interface belongs to the level of the base-most class that implements it, and a class beats an
    /// interface at the same level. Among interfaces at one level, one derived from another wins, then the one added
    /// first. Only when no entry of this set applies is <see cref="Fallback"/> asked. Structs and the engine's built-in
    /// immutable types (strings, numbers, dates, Type, Encoding, comparers...) are never matched: they are always shared.
    /// </para>
    /// </summary>
    public sealed class TypePolicySet
    {
        private readonly Dictionary<Type, PolicyEntry> _byType;
        private readonly KeyValuePair<Type, TypePolicy>[] _entries;
        private readonly bool _hasInterfaces;
        private PolicyPlanCache _plans = new PolicyPlanCache(-1);

        internal TypePolicySet(KeyValuePair<Type, TypePolicy>[] entries, TypePolicySet? fallback)
        {
            _entries = entries;
            _byType = new Dictionary<Type, PolicyEntry>(entries.Length);
            for (var i = 0; i < entries.Length; i++)
            {
                _byType[entries[i].Key] = new PolicyEntry(entries[i].Key, entries[i].Value, i);
                _hasInterfaces |= entries[i].Key.IsInterface;
                MentionsCollectibleTypes |= CollectibleTypes.IsCollectible(entries[i].Key);
            }

            Fallback = fallback is null || fallback.IsEmpty ? null : fallback;
            MentionsCollectibleTypes |= Fallback?.MentionsCollectibleTypes ?? false;
        }

        /// <summary>No policies: every type is copied by the engine's own rules.</summary>
        public static TypePolicySet Empty { get; } = new TypePolicySet(Array.Empty<KeyValuePair<Type, TypePolicy>>(), null);

        /// <summary>This set's own entries, in the order they were added (the fallback's are not included).</summary>
        public IReadOnlyList<KeyValuePair<Type, TypePolicy>> Entries => _entries;

        /// <summary>The set asked when none of this set's entries applies: session defaults below per-call policies, for example.</summary>
        public TypePolicySet? Fallback { get; }

        /// <summary>True when neither this set nor its fallback has an entry.</summary>
        public bool IsEmpty => _entries.Length == 0 && Fallback is null;

        public static TypePolicySetBuilder CreateBuilder() => new TypePolicySetBuilder();

        /// <summary>A builder that starts from this set's entries and keeps its fallback.</summary>
        public TypePolicySetBuilder ToBuilder() => new TypePolicySetBuilder(_entries, Fallback);

        /// <summary>This set's entries over <paramref name="fallback"/>'s (replacing any fallback this set had): an entry here wins over any entry there, however specific.</summary>
        public TypePolicySet WithFallback(TypePolicySet? fallback)
        {
            if (fallback is null || fallback.IsEmpty)
            {
                return Fallback is null ? this : new TypePolicySet(_entries, null);
            }

            return _entries.Length == 0 && Fallback is null ? fallback : new TypePolicySet(_entries, fallback);
        }

        /// <summary>
        /// True when an entry here or in the fallback names a type a host may unload: a pooled context forgets such a
        /// set after each copy instead of keeping it (and the plugin) on its thread.
        /// </summary>
        internal bool MentionsCollectibleTypes { get; }

        /// <summary>The policy that applies to values whose runtime type is <paramref name="type"/>, or null when the engine's own rules do.</summary>
        public TypePolicy? Find(Type type)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            return TryMatch(type, out var entry) ? entry.Policy : null;
        }

        /// <summary>The per-copy plan for <paramref name="type"/>, or null when no policy applies and the cached global plan is right.</summary>
        internal TypePlan? PlanFor(Type type)
        {
            var generation = TypePlanCache.Generation;
            var plans = _plans;
            if (plans.Generation != generation)
            {
                // Registrations changed: a "Copy" plan built on the old global plans may be stale. A racing thread may
                // still add to the old cache; that cache is simply dropped.
                plans = new PolicyPlanCache(generation);
                _plans = plans;
            }

            return plans.Get(type, this);
        }

        internal bool TryMatch(Type type, out PolicyEntry entry)
        {
            if (!TypePolicyRules.CanApplyTo(type))
            {
                entry = default;
                return false;
            }

            for (var set = this; set != null; set = set.Fallback)
            {
                if (set._entries.Length > 0 && TypePolicyMatcher.TryMatch(set._byType, set._hasInterfaces, type, out entry))
                {
                    return true;
                }
            }

            entry = default;
            return false;
        }
    }
}
