using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Comparison.CompareTypes;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>-Independence: every mutable object reachable from both graphs is reported, wherever it sits.</summary>
    public sealed class IndependenceTests
    {
        private static readonly DeepCompareOptions Independence = new DeepCompareOptions { Independence = true };

        [Fact]
        public void ADeepCopyIsIndependent()
        {
            var source = Graph();

            Assert.Empty(DeepComparer.Compare(source, DeepCopier.Copy(source), Independence));
        }

        [Fact]
        public void AShallowCloneSharesEveryNestedContainer()
        {
            var source = Graph();
            var clone = (Hashtable)source.Clone();

            var shared = DeepComparer.Compare(source, clone, Independence);

            Assert.All(shared, d => Assert.Equal(DeepDifferenceKind.SharedReference, d.Kind));
            Assert.Equal(
                new[] { "$['list']", "$['person']", "$['person'].Friend", "$['person'].Friend.Tags", "$['person'].Tags" },
                shared.Select(d => d.Path).OrderBy(p => p, System.StringComparer.Ordinal));
            // Structurally the clone is equal: without -Independence nothing is reported.
            Assert.Empty(DeepComparer.Compare(source, clone));
        }

        [Fact]
        public void SharingAtAnotherPlaceIsFoundAndNamed()
        {
            var inner = new List<int> { 1 };
            var reference = new Box { Content = inner, Other = new List<int> { 1 } };
            var difference = new Box { Content = new List<int> { 1 }, Other = inner };

            var found = Assert.Single(DeepComparer.Compare(reference, difference, Independence));

            Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
            Assert.Equal("$.Other", found.Path);
            Assert.Contains("$.Content", found.Message);
            Assert.Same(inner, found.ReferenceValue);
        }

        [Fact]
        public void SharedImmutablesAreNotReported()
        {
            var settings = new SharedSettings();
            var text = new string('x', 3);
            var reference = new Box { Content = settings, Other = text };
            var difference = new Box { Content = settings, Other = text };

            Assert.Empty(DeepComparer.Compare(reference, difference, Independence));
        }

        [Fact]
        public void SameRootIsReported()
        {
            var list = new List<int>();

            var found = Assert.Single(DeepComparer.Compare(list, list, Independence));
            Assert.Equal("$", found.Path);
        }

        private static Hashtable Graph()
        {
            var person = new Person("a", 1) { Tags = { "x" }, Friend = new Person("b", 2) };
            return new Hashtable { ["person"] = person, ["list"] = new List<object> { 1, "two" }, ["text"] = "t" };
        }
    }
}
