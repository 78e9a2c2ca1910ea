using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Comparison.CompareTypes;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>Cycles end, shared nodes are compared once, and a million-deep chain needs no call stack.</summary>
    public sealed class GraphShapeTests
    {
        [Fact]
        public void EqualCyclicGraphsAreEqual()
        {
            var reference = new Person("a", 1) { Friend = new Person("b", 2) };
            reference.Friend.Friend = reference;
            var difference = new Person("a", 1) { Friend = new Person("b", 2) };
            difference.Friend.Friend = difference;

            Assert.Empty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void DifferenceInsideACycleIsFoundOnce()
        {
            var reference = new Person("a", 1) { Friend = new Person("b", 2) };
            reference.Friend.Friend = reference;
            var difference = new Person("a", 1) { Friend = new Person("b", 3) };
            difference.Friend.Friend = difference;

            var found = Assert.Single(DeepComparer.Compare(reference, difference));
            Assert.Equal("$.Friend.Age", found.Path);
        }

        [Fact]
        public void SelfReferencingHashtablesCompare()
        {
            var reference = new Hashtable { ["n"] = 1 };
            reference["self"] = reference;
            var difference = new Hashtable { ["n"] = 1 };
            difference["self"] = difference;

            Assert.Empty(DeepComparer.Compare(reference, difference));
            difference["n"] = 2;
            Assert.Equal("$['n']", Assert.Single(DeepComparer.Compare(reference, difference)).Path);
        }

        [Fact]
        public void AMillionDeepChainComparesOnASmallStack()
        {
            IReadOnlyList<DeepDifference>? equal = null;
            IReadOnlyList<DeepDifference>? different = null;
            IReadOnlyList<DeepDifference>? independent = null;
            var thread = new Thread(
                () =>
                {
                    var reference = Chain(1_000_000, lastValue: 1);
                    var copy = DeepCopier.Copy(reference);
                    equal = DeepComparer.Compare(reference, Chain(1_000_000, lastValue: 1));
                    independent = DeepComparer.Compare(reference, copy, new DeepCompareOptions { Independence = true });
                    different = DeepComparer.Compare(reference, Chain(1_000_000, lastValue: 2));
                },
                maxStackSize: 256 * 1024);
            thread.Start();
            thread.Join();

            Assert.Empty(equal!);
            Assert.Empty(independent!);
            var found = Assert.Single(different!);
            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.EndsWith(".Next.Value", found.Path);
            Assert.Equal(2 + (999_999 * ".Next".Length) + ".Value".Length - 1, found.Path.Length);
        }

        [Fact]
        public void CancellationStopsALongComparison()
        {
            using var stop = new CancellationTokenSource();
            stop.Cancel();
            var reference = Enumerable.Range(0, 10_000).Select(i => new List<int> { i }).ToList();
            var difference = Enumerable.Range(0, 10_000).Select(i => new List<int> { i }).ToList();

            Assert.ThrowsAny<System.OperationCanceledException>(
                () => DeepComparer.Compare(reference, difference, new DeepCompareOptions { CancellationToken = stop.Token }));
        }
    }
}
