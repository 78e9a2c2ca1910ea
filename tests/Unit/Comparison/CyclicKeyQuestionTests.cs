using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// A question about two keys assumes a pair it meets again equal while that pair is still being compared, which ends
    /// cycles. Such a pair is equal only if the question ends with no difference: these keys meet a pair that is assumed
    /// equal and then found different, and other keys meet the same pair later. What is reported was pinned before
    /// questions shared what they found; it must not change.
    /// </summary>
    public sealed class CyclicKeyQuestionTests
    {
        public sealed class Node
        {
            public HashSet<Node>? Set;
            public Node? Ref;
            public Node? Back;
            public List<int> Tag = new List<int>();
        }

        [Fact]
        public void A_pair_assumed_equal_by_a_question_that_then_failed_is_compared_again_by_the_next()
        {
            // k1 and c1 differ in their tags, which are compared last, after x and x2 (equal only if k1 and c1 are).
            var k1 = new Node { Tag = { 1 } };
            var x = new Node { Back = k1 };
            k1.Ref = x;
            var c1 = new Node { Tag = { 2 } };
            var x2 = new Node { Back = c1 };
            c1.Ref = x2;
            var k2 = new Node { Ref = x, Tag = { 3 } };
            var c2 = new Node { Ref = x2, Tag = { 3 } };

            AssertAllUnpaired(new HashSet<Node> { k1, k2 }, new HashSet<Node> { c1, c2 });
        }

        [Fact]
        public void A_key_question_answered_equal_under_an_assumption_that_then_failed_is_asked_again()
        {
            // The question about y and y2 is asked inside the one about k1 and c1, and is equal while that one is open.
            var k1 = new Node { Tag = { 1 } };
            var y = new Node { Back = k1 };
            k1.Set = new HashSet<Node> { y };
            var c1 = new Node { Tag = { 2 } };
            var y2 = new Node { Back = c1 };
            c1.Set = new HashSet<Node> { y2 };
            var k2 = new Node { Ref = y, Tag = { 3 } };
            var c2 = new Node { Ref = y2, Tag = { 3 } };

            AssertAllUnpaired(new HashSet<Node> { k1, k2 }, new HashSet<Node> { c1, c2 });
        }

        [Fact]
        public void Keys_equal_through_a_cycle_that_holds_stay_equal()
        {
            var k1 = new Node { Tag = { 1 } };
            var y = new Node { Back = k1 };
            k1.Set = new HashSet<Node> { y };
            var c1 = new Node { Tag = { 1 } };
            var y2 = new Node { Back = c1 };
            c1.Set = new HashSet<Node> { y2 };
            var k2 = new Node { Ref = y, Tag = { 3 } };
            var c2 = new Node { Ref = y2, Tag = { 3 } };

            Assert.Empty(DeepComparer.Compare(new HashSet<Node> { k1, k2 }, new HashSet<Node> { c1, c2 }));
            Assert.Empty(DeepComparer.Compare(new HashSet<Node> { k2, k1 }, new HashSet<Node> { c1, c2 }));
        }

        private static void AssertAllUnpaired(HashSet<Node> reference, HashSet<Node> difference)
        {
            AssertAllUnpaired(reference, difference, recordsEveryWalk: false);

            // These walks are too small to be recorded by default; recorded, they must still be recorded soundly.
            AssertAllUnpaired(reference, difference, recordsEveryWalk: true);
        }

        private static void AssertAllUnpaired(HashSet<Node> reference, HashSet<Node> difference, bool recordsEveryWalk)
        {
            ProvenPairs.RecordsEveryWalk = recordsEveryWalk;
            IReadOnlyList<DeepDifference> found;
            try
            {
                found = DeepComparer.Compare(reference, difference);
            }
            finally
            {
                ProvenPairs.RecordsEveryWalk = false;
            }

            Assert.Equal(
                new[]
                {
                    "$[<key of type DeepCopy.Tests.Comparison.CyclicKeyQuestionTests+Node>]: MissingKey: The item a [DeepCopy.Tests.Comparison.CyclicKeyQuestionTests+Node] is missing.",
                    "$[<key of type DeepCopy.Tests.Comparison.CyclicKeyQuestionTests+Node>]: MissingKey: The item a [DeepCopy.Tests.Comparison.CyclicKeyQuestionTests+Node] is missing.",
                    "$[<key of type DeepCopy.Tests.Comparison.CyclicKeyQuestionTests+Node>]: ExtraKey: The item a [DeepCopy.Tests.Comparison.CyclicKeyQuestionTests+Node] is not expected.",
                    "$[<key of type DeepCopy.Tests.Comparison.CyclicKeyQuestionTests+Node>]: ExtraKey: The item a [DeepCopy.Tests.Comparison.CyclicKeyQuestionTests+Node] is not expected.",
                },
                System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(found, d => d.ToString())));
            // In each set's own order, which is the order the items were added in.
            Assert.Equal(System.Linq.Enumerable.ToArray(reference), new[] { found[0].ReferenceValue, found[1].ReferenceValue });
            Assert.Equal(System.Linq.Enumerable.ToArray(difference), new[] { found[2].DifferenceValue, found[3].DifferenceValue });
        }
    }
}
