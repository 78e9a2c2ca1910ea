using DeepCopy.Core;
using DeepCopy.Core.Pooling;
using Xunit;
using static DeepCopy.Tests.Policies.PolicyTypes;

namespace DeepCopy.Tests.Policies
{
    /// <summary>A pooled context keeps its plan map between copies; a change of policy set must never let a plan leak across.</summary>
    public sealed class PooledPolicyTests
    {
        [Theory]
        [InlineData(DeepCopyStrategy.Pooled)]
        [InlineData(DeepCopyStrategy.Auto)]
        public void PlansFollowThePolicySetOfEachCopyOnTheSameContext(DeepCopyStrategy strategy)
        {
            var share = TypePolicySet.CreateBuilder().Share(typeof(Config)).Build();
            var drop = TypePolicySet.CreateBuilder().SetNull(typeof(Config)).Build();
            var source = new Holder { Config = new Config() };

            DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
            Assert.True(ContextPool.HasContext);

            Assert.Same(source.Config, DeepCopier.Copy(source, PolicyStrategies.With(strategy, share)).Config);
            Assert.Same(source.Config, DeepCopier.Copy(source, PolicyStrategies.With(strategy, share)).Config);
            Assert.NotSame(source.Config, DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }).Config);
            Assert.Null(DeepCopier.Copy(source, PolicyStrategies.With(strategy, drop)).Config);
            Assert.Same(source.Config, DeepCopier.Copy(source, PolicyStrategies.With(strategy, share)).Config);
            Assert.NotNull(DeepCopier.Copy(source, PolicyStrategies.With(strategy, TypePolicySet.Empty)).Config);
        }

        [Fact]
        public void TheSameSetMakesEachPlanOnce()
        {
            var calls = 0;
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), value => { calls++; return new Config(); }).Build();
            var options = new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection, TypePolicies = policies };

            DeepCopier.Copy(new Holder { Config = new Config() }, options);
            var plan = policies.PlanFor(typeof(Config));
            DeepCopier.Copy(new Holder { Config = new Config() }, options);

            Assert.Same(plan, policies.PlanFor(typeof(Config)));
            Assert.Equal(2, calls);
        }
    }
}
