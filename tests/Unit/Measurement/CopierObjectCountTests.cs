using System.Collections;
using System.Text;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Measurement
{
    /// <summary>
    /// A user's copier that hands back the source's own value (sharing it) or null (dropping it) created nothing, so
    /// the copy's object count leaves it out, as it does for Share and Null policies (hunt 26, finding 5).
    /// </summary>
    public sealed class CopierObjectCountTests
    {
        public static TheoryData<DeepCopyStrategy> ExactStrategies => new TheoryData<DeepCopyStrategy>
        {
            DeepCopyStrategy.Reflection, DeepCopyStrategy.Compiled, DeepCopyStrategy.Pooled, DeepCopyStrategy.Auto,
        };

        [Theory]
        [MemberData(nameof(ExactStrategies))]
        public void ACopierThatReturnsTheSourcesOwnValueCreatesNoObject(DeepCopyStrategy strategy)
        {
            Assert.Equal(1, ObjectsCopied(strategy, TypePolicy.Custom(value => value)));
        }

        [Theory]
        [MemberData(nameof(ExactStrategies))]
        public void ACopierThatReturnsNullCreatesNoObject(DeepCopyStrategy strategy)
        {
            Assert.Equal(1, ObjectsCopied(strategy, TypePolicy.Custom(_ => null)));
        }

        [Theory]
        [MemberData(nameof(ExactStrategies))]
        public void ACopierThatReturnsANewObjectIsCounted(DeepCopyStrategy strategy)
        {
            Assert.Equal(2, ObjectsCopied(strategy, TypePolicy.Custom(value => new StringBuilder(value!.ToString()))));
        }

        private static long ObjectsCopied(DeepCopyStrategy strategy, TypePolicy copier)
        {
            var policies = TypePolicySet.CreateBuilder().Set(typeof(StringBuilder), copier).Build();
            var graph = new Hashtable { ["c"] = new StringBuilder("config") };
            DeepCopier.Copy(graph, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies }, out var statistics);
            return statistics.ObjectsCopied;
        }
    }
}
