using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Copies of fixed buffers, inline arrays and pointers still verify now that the comparer reads every element and
    /// address: what the engine copies whole compares equal, and what the options drop or share is accepted as asked.
    /// </summary>
    public sealed unsafe class RawMemoryCopyVerificationTests
    {
        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void A_copy_of_fixed_buffers_and_inline_arrays_of_values_compares_equal(DeepCopyStrategy strategy)
        {
            var source = Graph();

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
            copy.Items[1].Buffer.Values[6] = -1;
            Assert.Equal("$.Items[1].Buffer.Values[6]", Assert.Single(DeepComparer.Compare(source, copy)).Path);
        }

        [Fact]
        public void A_pointer_shared_on_request_compares_equal()
        {
            var source = new PointerHolder { P = (int*)0x40, Tag = new List<int> { 1 } };
            var options = new DeepCopyOptions { NonCopyableAction = NonCopyableAction.Reference };

            var copy = DeepCopier.Copy(source, options)!;

            Assert.True(copy.P == source.P);
            Assert.Empty(DeepComparer.Compare(source, copy));
            Assert.Null(Verifier(options).Verify(source, copy));
        }

        [Fact]
        public void A_pointer_dropped_on_request_differs_but_verifies_under_the_same_options()
        {
            var source = new PointerHolder { P = (int*)0x40, Tag = new List<int> { 1 } };
            var options = new DeepCopyOptions { NonCopyableAction = NonCopyableAction.Null };

            var copy = DeepCopier.Copy(source, options)!;

            Assert.True(copy.P == null);
            Assert.Equal("$.P", Assert.Single(DeepComparer.Compare(source, copy)).Path);
            Assert.Null(Verifier(options).Verify(source, copy));
            Assert.NotNull(Verifier(new DeepCopyOptions()).Verify(source, copy));
        }

        [Fact]
        public void An_inline_array_of_references_shared_on_request_verifies()
        {
            var source = new ListsHolder();
            source.Lists[2] = new List<int> { 2 };
            var options = new DeepCopyOptions { NonCopyableAction = NonCopyableAction.Reference };

            var copy = DeepCopier.Copy(source, options)!;

            Assert.Null(Verifier(options).Verify(source, copy));
            Assert.NotNull(Verifier(new DeepCopyOptions()).Verify(source, copy));
        }

        private static CopyVerifier Verifier(DeepCopyOptions options) =>
            ((StructuralCopyVerifier)CopyVerifier.Structural).AllowingWhatTheOptionsAsk(options);

        private static Holder Graph()
        {
            var first = new Item { Tag = new List<int> { 1 } };
            var second = new Item { Tag = new List<int> { 2 } };
            for (var i = 0; i < 8; i++)
            {
                first.Buffer.Values[i] = i;
                second.Buffer.Values[i] = 10 * i;
            }

            for (var i = 0; i < 4; i++)
            {
                first.Numbers[i] = 100 + i;
                second.Numbers[i] = 200 + i;
            }

            return new Holder { Items = new[] { first, second }, Boxed = second.Numbers };
        }

        public struct Buffer8
        {
            public fixed long Values[8];
        }

        [InlineArray(4)]
        public struct FourInts
        {
            private int _element;
        }

        public sealed class Item
        {
            public Buffer8 Buffer;

            public FourInts Numbers;

            public List<int>? Tag;
        }

        public sealed class Holder
        {
            public Item[] Items = System.Array.Empty<Item>();

            public object? Boxed;
        }

        public sealed class PointerHolder
        {
            public int* P;

            public List<int>? Tag;
        }

        [InlineArray(3)]
        public struct ThreeLists
        {
            private List<int>? _element;
        }

        public sealed class ListsHolder
        {
            public ThreeLists Lists;
        }
    }
}
