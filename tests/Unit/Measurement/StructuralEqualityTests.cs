using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement
{
    public class StructuralEqualityTests
    {
        private static readonly CopyVerifier Exact = CopyVerifier.Structural();

        [Fact]
        public void AcceptsAnEngineCopyOfAMixedGraph()
        {
            var source = SampleGraph();
            Assert.Null(Exact.Verify(source, DeepCopier.Copy(source)));
        }

        [Fact]
        public void AcceptsAMillionDeepChainWithoutOverflowingTheStack()
        {
            var head = new Node { Value = 0 };
            var current = head;
            for (var i = 1; i < 1_000_000; i++)
            {
                current = current.Next = new Node { Value = i };
            }

            Assert.Null(Exact.Verify(head, DeepCopier.Copy(head)));
        }

        [Fact]
        public void RejectsACopyThatSharesAMutableObject()
        {
            var source = SampleGraph();
            var copy = DeepCopier.Copy(source);
            copy["list"] = source["list"];
            Assert.Contains("shares the source's", Exact.Verify(source, copy));
        }

        [Fact]
        public void RejectsADifferentValueAndNamesThePath()
        {
            var source = SampleGraph();
            var copy = DeepCopier.Copy(source);
            ((Node)((ArrayList)copy["list"]!)[1]!).Value = 99;
            var problem = Exact.Verify(source, copy);
            Assert.Contains("$['list'][1].Value", problem);
            Assert.Contains("99", problem);
        }

        [Fact]
        public void RejectsADifferentType()
        {
            var source = new Hashtable { ["n"] = 1 };
            var copy = new Hashtable { ["n"] = 1L };
            Assert.Contains("[System.Int64]", Exact.Verify(source, copy));
        }

        [Fact]
        public void RejectsLostSharing()
        {
            var shared = new Node { Value = 1 };
            var source = new[] { shared, shared };
            var copy = new[] { new Node { Value = 1 }, new Node { Value = 1 } };
            Assert.Contains("became two objects", Exact.Verify(source, copy));
        }

        [Fact]
        public void RejectsAReorderedOrderedDictionary()
        {
            var source = new OrderedDictionary { ["a"] = 1, ["b"] = 2 };
            var copy = new OrderedDictionary { ["b"] = 2, ["a"] = 1 };
            Assert.NotNull(Exact.Verify(source, copy));
            Assert.Null(Exact.Verify(new Hashtable { ["a"] = 1, ["b"] = 2 }, new Hashtable { ["b"] = 2, ["a"] = 1 }));
        }

        [Fact]
        public void RejectsMissingElements()
        {
            Assert.Contains("fewer elements", Exact.Verify(new List<int> { 1, 2 }, new List<int> { 1 }));
        }

        [Fact]
        public void NonNullAcceptsAnyCopyButNull()
        {
            Assert.Null(CopyVerifier.NonNull.Verify(new Hashtable(), "anything"));
            Assert.NotNull(CopyVerifier.NonNull.Verify(new Hashtable(), null));
        }

        [Fact]
        public void OnlyTheJsonStrategyIsLossy()
        {
            foreach (DeepCopyStrategy strategy in System.Enum.GetValues(typeof(DeepCopyStrategy)))
            {
                Assert.Equal(strategy.ToString() != "Json", StrategyFidelity.IsExact(strategy));
            }
        }

        private static Hashtable SampleGraph()
        {
            var shared = new Node { Value = 7 };
            shared.Next = shared;
            return new Hashtable
            {
                ["text"] = "hello",
                ["when"] = new System.DateTime(2024, 1, 2),
                ["list"] = new ArrayList { shared, new Node { Value = 2, Next = shared } },
                ["grid"] = new int[2, 3] { { 1, 2, 3 }, { 4, 5, 6 } },
                ["map"] = new Dictionary<string, object?> { ["x"] = new[] { "a", null }, ["y"] = null },
            };
        }

        private sealed class Node
        {
            public int Value { get; set; }

            public Node? Next { get; set; }
        }
    }
}
