using System;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests.Policies
{
    /// <summary>
    /// Pins what docs/policies.md says "derived" means: the class chain and declared interfaces. Array covariance and
    /// generic variance are conversions, so policies on object[] or IEnumerable&lt;object&gt; do not reach Node[] or
    /// List&lt;Node&gt;; System.Array and the non-generic IEnumerable, which those types really derive from, do.
    /// </summary>
    public sealed class VarianceMatchTests
    {
        [Fact]
        public void CovariantAndVariantTypesAreNotDerived()
        {
            var policies = TypePolicySet.CreateBuilder()
                .SetNull(typeof(object[]))
                .SetNull(typeof(IEnumerable<object>))
                .Build();

            Assert.Null(policies.Find(typeof(Node[])));
            Assert.Null(policies.Find(typeof(List<Node>)));
        }

        [Fact]
        public void ArrayAndNonGenericEnumerableReachThem()
        {
            var policies = TypePolicySet.CreateBuilder()
                .SetNull(typeof(Array))
                .SetNull(typeof(System.Collections.IEnumerable))
                .Build();

            Assert.Equal(TypePolicyKind.Null, policies.Find(typeof(Node[]))?.Kind);
            Assert.Equal(TypePolicyKind.Null, policies.Find(typeof(List<Node>))?.Kind);
        }
    }
}
