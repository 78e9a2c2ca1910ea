using System;

namespace DeepCopy.Core.Policies
{
    /// <summary>One entry of a <see cref="TypePolicySet"/>: the type it names, its policy, and its position (the last tie-breaker).</summary>
    internal readonly struct PolicyEntry
    {
        public PolicyEntry(Type type, TypePolicy policy, int order)
        {
            Type = type;
            Policy = policy;
            Order = order;
        }

        public Type Type { get; }

        public TypePolicy Policy { get; }

        public int Order { get; }
    }
}
