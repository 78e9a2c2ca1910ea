using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Policies
{
    /// <summary>Every policy test runs on every strategy: strategies may differ in speed, never in what a policy does.</summary>
    public static class PolicyStrategies
    {
        public static TheoryData<DeepCopyStrategy> All => new TheoryData<DeepCopyStrategy>
        {
            DeepCopyStrategy.Reflection,
            DeepCopyStrategy.Compiled,
            DeepCopyStrategy.Pooled,
            DeepCopyStrategy.Auto,
        };

        public static DeepCopyOptions With(DeepCopyStrategy strategy, TypePolicySet policies) =>
            new DeepCopyOptions { Strategy = strategy, TypePolicies = policies };
    }
}
