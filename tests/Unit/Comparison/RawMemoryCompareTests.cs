using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// A fixed buffer and an [InlineArray(n)] struct declare one field and hold n elements; a pointer field boxes as a
    /// System.Reflection.Pointer. The comparer read the declared field only (the first element) and skipped pointers,
    /// so it called copies equal that differed past element 0 or in an address. Every element and address is compared now.
    /// </summary>
    public sealed unsafe class RawMemoryCompareTests
    {
        [Fact]
        public void A_fixed_buffer_differing_past_its_first_element_is_reported_at_the_element()
        {
            var reference = new FixedHolder();
            var difference = new FixedHolder();
            difference.S.Buf[5] = 42;

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Equal("$.S.Buf[5]", found.Path);
            Assert.Equal("Expected 0 but found 42.", found.Message);
        }

        [Fact]
        public void Equal_fixed_buffers_are_equal()
        {
            var reference = new FixedHolder();
            var difference = new FixedHolder();
            for (var i = 0; i < 8; i++)
            {
                reference.S.Buf[i] = i * 3;
                difference.S.Buf[i] = i * 3;
            }

            Assert.Empty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void An_inline_array_of_values_differing_past_its_first_element_is_reported_at_the_element()
        {
            var reference = new NumbersHolder();
            var difference = new NumbersHolder();
            reference.A[3] = 7;
            difference.A[3] = 42;

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Equal("$.A[3]", found.Path);
            Assert.Equal("Expected 7 but found 42.", found.Message);
        }

        [Fact]
        public void An_inline_array_of_structs_is_compared_element_by_element_by_their_fields()
        {
            var reference = new PairsHolder();
            var difference = new PairsHolder();
            reference.Pairs[1] = new Pair { Left = 1, Right = 2 };
            difference.Pairs[1] = new Pair { Left = 1, Right = 3 };

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal("$.Pairs[1].Right", found.Path);
        }

        [Fact]
        public void An_inline_array_of_references_compares_each_element_deeply()
        {
            var reference = new ListsHolder();
            var difference = new ListsHolder();
            reference.Lists[0] = new List<int> { 0 };
            difference.Lists[0] = new List<int> { 0 };
            reference.Lists[2] = new List<int> { 2 };
            difference.Lists[2] = new List<int> { 5 };

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal("$.Lists[2][0]", found.Path);
            Assert.Equal("Expected 2 but found 5.", found.Message);
        }

        [Fact]
        public void Inline_arrays_of_equal_references_are_equal()
        {
            var reference = new ListsHolder();
            var difference = new ListsHolder();
            reference.Lists[1] = new List<int> { 1, 2 };
            difference.Lists[1] = new List<int> { 1, 2 };

            Assert.Empty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void A_reference_shared_past_the_first_element_of_an_inline_array_is_not_independent()
        {
            var shared = new List<int> { 1 };
            var reference = new ListsHolder();
            var difference = new ListsHolder();
            reference.Lists[2] = shared;
            difference.Lists[2] = shared;

            var found = Assert.Single(DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true }));

            Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
            Assert.Equal("$.Lists[2]", found.Path);
        }

        [Fact]
        public void Pointer_fields_with_other_addresses_are_reported_with_both_addresses()
        {
            var found = Assert.Single(DeepComparer.Compare(new PointerHolder { P = (int*)8 }, new PointerHolder { P = (int*)0x1F0 }));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Equal("$.P", found.Path);
            Assert.Equal("Expected the address 0x8 but found 0x1F0.", found.Message);
        }

        [Fact]
        public void Pointer_fields_with_one_address_are_equal()
        {
            Assert.Empty(DeepComparer.Compare(new PointerHolder { P = (int*)8 }, new PointerHolder { P = (int*)8 }));
        }

        [Fact]
        public void A_pointer_in_a_struct_is_compared_too()
        {
            var reference = new[] { new PointerPair { Q = (long*)16 } };
            var difference = new[] { new PointerPair { Q = (long*)32 } };

            Assert.Equal("$[0].Q", Assert.Single(DeepComparer.Compare(reference, difference)).Path);
        }

        [Fact]
        public void A_fixed_buffer_of_doubles_in_a_boxed_struct_is_compared_per_element()
        {
            var reference = new Doubles3();
            var difference = new Doubles3();
            reference.D[2] = 1.5;
            difference.D[2] = 2.5;

            var found = Assert.Single(DeepComparer.Compare((object)reference, (object)difference));

            Assert.Equal("$.D[2]", found.Path);
            Assert.Equal(1.5, found.ReferenceValue);
            Assert.Equal(2.5, found.DifferenceValue);
        }

        [Fact]
        public void The_difference_of_two_pointers_holds_their_addresses()
        {
            var found = Assert.Single(DeepComparer.Compare(new PointerHolder { P = (int*)8 }, new PointerHolder { P = null }));

            Assert.Equal((nuint)8, found.ReferenceValue);
            Assert.Equal((nuint)0, found.DifferenceValue);
            Assert.Equal("Expected the address 0x8 but found 0x0.", found.Message);
        }

        [Fact]
        public void Sets_of_objects_differing_only_past_the_first_element_are_not_paired_as_equal()
        {
            var reference = new HashSet<NumbersHolder> { Numbers(1, 2), Numbers(1, 3) };
            var difference = new HashSet<NumbersHolder> { Numbers(1, 3), Numbers(1, 4) };

            var found = DeepComparer.Compare(reference, difference);

            Assert.NotEmpty(found);
            Assert.Empty(DeepComparer.Compare(reference, new HashSet<NumbersHolder> { Numbers(1, 3), Numbers(1, 2) }));
        }

        private static NumbersHolder Numbers(int first, int last)
        {
            var holder = new NumbersHolder();
            holder.A[0] = first;
            holder.A[3] = last;
            return holder;
        }

        public struct Fixed8
        {
            public fixed int Buf[8];
        }

        public struct Doubles3
        {
            public fixed double D[3];
        }

        public sealed class FixedHolder
        {
            public Fixed8 S;
        }

        [InlineArray(4)]
        public struct FourInts
        {
            private int _element;
        }

        public sealed class NumbersHolder
        {
            public FourInts A;
        }

        public struct Pair
        {
            public int Left;

            public int Right;
        }

        [InlineArray(3)]
        public struct ThreePairs
        {
            private Pair _element;
        }

        public sealed class PairsHolder
        {
            public ThreePairs Pairs;
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

        public sealed class PointerHolder
        {
            public int* P;
        }

        public struct PointerPair
        {
            public long* Q;

            public int Tag;
        }
    }
}
