using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests.Json
{
    /// <summary>
    /// Copy&lt;T&gt; under Json: Json returns plain data, so a T the result cannot be used to fail with a raw
    /// InvalidCastException from inside the library. Now the error says what Json returns and what to call instead.
    /// </summary>
    public sealed class JsonTypedCopyTests
    {
        private static readonly DeepCopyOptions Json = new DeepCopyOptions { Strategy = DeepCopyStrategy.Json };

        [Fact]
        public void ListOfIntExplainsJsonShapes()
        {
            var error = Assert.Throws<InvalidOperationException>(() => DeepCopier.Copy(new List<int> { 1 }, Json));

            Assert.Contains("Json", error.Message);
            Assert.Contains("System.Object[]", error.Message);
            Assert.Contains("Copy<object>", error.Message);
        }

        [Fact]
        public void GuidExplainsJsonShapes()
        {
            var error = Assert.Throws<InvalidOperationException>(() => DeepCopier.Copy(Guid.NewGuid(), Json));

            Assert.Contains("System.String", error.Message);
            Assert.Contains("System.Guid", error.Message);
        }

        [Fact]
        public void ObjectOfAClassExplainsJsonShapes()
        {
            var error = Assert.Throws<InvalidOperationException>(() => DeepCopier.Copy(new Node { Value = 1 }, Json));

            Assert.Contains("DeepCopy.Tests.Fixtures.Node", error.Message);
        }

        [Fact]
        public void TypesJsonResultsCanBeStillWork()
        {
            var list = new List<int> { 1, 2 };

            Assert.Equal(new object[] { 1, 2 }, DeepCopier.Copy<object>(list, Json));
            Assert.Equal(2, DeepCopier.Copy<IList>(list, Json).Count);
            Assert.Equal("text", DeepCopier.Copy("text", Json));
            Assert.Null(DeepCopier.Copy<List<int>?>(null, Json));
        }

        [Fact]
        public void SharePolicyStillReturnsTheSourceType()
        {
            var node = new Node();
            var options = new DeepCopyOptions { Strategy = DeepCopyStrategy.Json, TypePolicies = TypePolicySet.CreateBuilder().Share(typeof(Node)).Build() };

            Assert.Same(node, DeepCopier.Copy(node, options));
        }
    }
}
