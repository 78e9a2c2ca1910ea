using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Struct collections whose default value is no collection at all: default(ImmutableArray) throws from Count and
    /// from its enumerator. Two defaults are equal; a default and an empty one are not, as a copy must keep which it is.
    /// </summary>
    public sealed class DefaultStructCollectionTests
    {
        private sealed class Holder
        {
            public ImmutableArray<int> Numbers;
            public ArraySegment<int> Segment = default;
        }

        [Fact]
        public void TwoDefaultImmutableArraysAreEqual()
        {
            Assert.Empty(DeepComparer.Compare(new object[] { default(ImmutableArray<int>) }, new object[] { default(ImmutableArray<int>) }));
            Assert.Empty(DeepComparer.Compare(default(ImmutableArray<string>), default(ImmutableArray<string>)));
        }

        [Fact]
        public void ADefaultAndAnEmptyImmutableArrayDiffer()
        {
            var found = Assert.Single(DeepComparer.Compare(new object[] { default(ImmutableArray<int>) }, new object[] { ImmutableArray<int>.Empty }));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Equal("$[0]", found.Path);
            Assert.Contains("default", found.Message);

            var back = Assert.Single(DeepComparer.Compare(ImmutableArray.Create(1), default(ImmutableArray<int>)));
            Assert.Equal(DeepDifferenceKind.ValueDifferent, back.Kind);
        }

        [Fact]
        public void AnUninitialisedFieldComparesWithItsCopy()
        {
            var source = new Holder();

            Assert.Empty(DeepComparer.Compare(source, DeepCopier.Copy(source), new DeepCompareOptions { Independence = true }));
            Assert.Single(DeepComparer.Compare(source, new Holder { Numbers = ImmutableArray<int>.Empty }));
        }

        [Fact]
        public void TheIndependenceCheckWalksPastADefaultImmutableArray()
        {
            var shared = new List<int>();
            var source = new object[] { default(ImmutableArray<List<int>>), ImmutableArray.Create(shared) };
            var copy = new object[] { default(ImmutableArray<List<int>>), ImmutableArray.Create(shared) };

            var found = Assert.Single(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
            Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
        }

        [Fact]
        public void DefaultArraySegmentsAreEqualAndDifferFromEmptyOnes()
        {
            Assert.Empty(DeepComparer.Compare(default(ArraySegment<int>), default(ArraySegment<int>)));
            Assert.Empty(DeepComparer.Compare(new Holder(), new Holder(), new DeepCompareOptions { Independence = true }));
            Assert.NotEmpty(DeepComparer.Compare(default(ArraySegment<int>), new ArraySegment<int>(Array.Empty<int>())));
        }
    }
}
