using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Set items and dictionary keys that are objects are matched by structure; that matching must not use the call
    /// stack for each level of a graph that goes on through such keys.
    /// </summary>
    public sealed class NestedKeyMatchingTests
    {
        public sealed class SetNode
        {
            public HashSet<SetNode> Set = new HashSet<SetNode>();
            public int Value;
        }

        [Fact]
        public void AChainThroughSetsAHundredThousandDeepComparesOnAOneMegabyteStack()
        {
            IReadOnlyList<DeepDifference>? equal = null;
            IReadOnlyList<DeepDifference>? different = null;
            var thread = new Thread(
                () =>
                {
                    var reference = SetChain(100_000, lastValue: 1);
                    equal = DeepComparer.Compare(reference, SetChain(100_000, lastValue: 1));
                    different = DeepComparer.Compare(reference, SetChain(100_000, lastValue: 2));
                },
                maxStackSize: 1024 * 1024);
            thread.Start();
            thread.Join();

            Assert.Empty(equal!);
            Assert.Equal(2, different!.Count);
            Assert.Equal(DeepDifferenceKind.MissingKey, different[0].Kind);
            Assert.Equal(DeepDifferenceKind.ExtraKey, different[1].Kind);
        }

        [Fact]
        public void ASetThatHoldsItsOwnerEnds()
        {
            var reference = new SetNode { Value = 1 };
            reference.Set.Add(reference);
            var difference = new SetNode { Value = 1 };
            difference.Set.Add(difference);

            Assert.Empty(DeepComparer.Compare(reference, difference));
            difference.Value = 2;
            Assert.NotEmpty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void KeysAreStillPairedByStructureAmongSeveralCandidates()
        {
            var reference = new Dictionary<SetNode, int> { [Node(1)] = 10, [Node(2)] = 20, [Node(3)] = 30 };
            var difference = new Dictionary<SetNode, int> { [Node(3)] = 30, [Node(1)] = 10, [Node(2)] = 21 };

            var found = Assert.Single(DeepComparer.Compare(reference, difference));
            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Equal(20, found.ReferenceValue);
        }

        private static SetNode Node(int value) => new SetNode { Value = value, Set = { new SetNode { Value = value * 100 } } };

        private static SetNode SetChain(int length, int lastValue)
        {
            var head = new SetNode { Value = lastValue };
            for (var i = 1; i < length; i++)
            {
                var next = new SetNode();
                next.Set.Add(head);
                head = next;
            }

            return head;
        }
    }
}
