using System;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;
using Xunit;
using static DeepCopy.Tests.Comparison.CompareTypes;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// A box of a struct has identity within its graph: a struct's mutating interface method, called on the box, can store
    /// another box (or the box itself) in an object field, and the copy engine keeps such a loop. The comparer once walked
    /// every pair of boxes as new, so a loop of boxes was walked until memory ran out. Each graph here loops forever when
    /// a pair of boxes is not recognised when met again.
    /// </summary>
    public sealed class BoxCycleTests
    {
        public static TheoryData<DeepCopyStrategy, string> Cases =>
            Strategies.With("self", "pair", "wrapped-self", "wrapped-pair");

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_loop_of_boxes_compares_equal_with_itself_and_its_copy(DeepCopyStrategy strategy, string shape)
        {
            var source = Build(shape);

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            Assert.NotSame(source[0], copy[0]);
            Assert.Empty(DeepComparer.Compare(source, source));
            Assert.Empty(DeepComparer.Compare(source, Build(shape)));
            Assert.Empty(DeepComparer.Compare(source, copy));
            Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_changed_value_inside_a_copied_loop_is_reported(DeepCopyStrategy strategy, string shape)
        {
            var source = Build(shape);
            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            // The last box of the loop, reached from the first: the change lies on the way back round.
            ((IBoxLink)copy[1]!).SetValue(99);

            var found = Assert.Single(DeepComparer.Compare(source, copy));
            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.EndsWith("Value", found.Path, StringComparison.Ordinal);
        }

        [Fact]
        public void A_loop_that_closes_on_another_box_differs()
        {
            var source = Build("pair");
            var other = Build("pair");
            ((IBoxLink)other[1]!).Link(other[1]);

            Assert.NotEmpty(DeepComparer.Compare(source, other));
        }

        [Fact]
        public void Boxes_that_hold_no_reference_are_not_tracked_as_pairs()
        {
            var reference = new object[1000];
            var difference = new object[1000];
            for (var i = 0; i < reference.Length; i++)
            {
                reference[i] = new Point { X = i, Y = i };
                difference[i] = new Point { X = i, Y = i };
            }

            var before = CompareWalker.PairsCompared;
            Assert.Empty(DeepComparer.Compare(reference, difference));

            Assert.True(CompareWalker.PairsCompared - before < 10, "boxes of a struct without references need no visited pair");
        }

        /// <summary>
        /// An object[] holding the loop's first box and its last (the one whose Next leads back to the first), so each
        /// test can reach both. self: one box holding itself; pair: two boxes holding each other; the wrapped shapes
        /// hold the reference only through an inline struct field.
        /// </summary>
        private static object?[] Build(string shape)
        {
            object first = shape.StartsWith("wrapped", StringComparison.Ordinal) ? new WrappedLink() : new LinkedValue();
            ((IBoxLink)first).SetValue(1);
            if (shape.EndsWith("self", StringComparison.Ordinal))
            {
                ((IBoxLink)first).Link(first);
                return new[] { first, first };
            }

            object second = shape.StartsWith("wrapped", StringComparison.Ordinal) ? new WrappedLink() : new LinkedValue();
            ((IBoxLink)second).SetValue(2);
            ((IBoxLink)first).Link(second);
            ((IBoxLink)second).Link(first);
            return new[] { first, second };
        }

    }
}
