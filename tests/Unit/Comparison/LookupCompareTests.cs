using System;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>A lookup (what ToLookup makes) and its groupings are compared by meaning: key, then elements in order.</summary>
    public sealed class LookupCompareTests
    {
        public sealed class Item
        {
            public int Value;
        }

        [Fact]
        public void ACopyOfALookupWithIdentityHashedKeysIsEqual()
        {
            var source = Enumerable.Range(0, 10).Select(_ => new object()).ToLookup(o => o);
            var copy = DeepCopier.Copy(source);

            Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        }

        [Fact]
        public void AnElementThatDiffersIsReportedUnderItsKey()
        {
            var reference = new[] { "a", "ab", "b" }.ToLookup(s => s.Substring(0, 1));
            var difference = new[] { "a", "ax", "b" }.ToLookup(s => s.Substring(0, 1));

            var found = Assert.Single(DeepComparer.Compare(reference, difference));
            Assert.Equal("$['a'][1]", found.Path);
            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
        }

        [Fact]
        public void MissingAndExtraKeysAndElementCountsAreReported()
        {
            var reference = new[] { "a", "ab", "b" }.ToLookup(s => s.Substring(0, 1));
            var difference = new[] { "a", "c" }.ToLookup(s => s.Substring(0, 1));

            var found = DeepComparer.Compare(reference, difference).Select(d => d.Path + "|" + d.Kind).OrderBy(s => s, StringComparer.Ordinal);
            Assert.Equal(new[] { "$['a']|CountDifferent", "$['b']|MissingKey", "$['c']|ExtraKey" }, found);
        }

        [Fact]
        public void ObjectKeysAreMatchedByStructure()
        {
            var reference = new[] { new Item { Value = 1 }, new Item { Value = 2 } }.ToLookup(i => i);
            var difference = new[] { new Item { Value = 2 }, new Item { Value = 1 } }.ToLookup(i => i);

            Assert.Empty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void LookupComparersAreCompared()
        {
            var reference = new[] { "a" }.ToLookup(s => s, StringComparer.OrdinalIgnoreCase);
            var difference = new[] { "a" }.ToLookup(s => s, StringComparer.Ordinal);

            Assert.Equal(DeepDifferenceKind.ComparerDifferent, Assert.Single(DeepComparer.Compare(reference, difference)).Kind);
        }

        [Fact]
        public void AGroupingOnItsOwnIsComparedByKeyAndElements()
        {
            var reference = new[] { new object(), new object() }.ToLookup(o => o).First();
            var copy = DeepCopier.Copy(new object[] { reference })[0];
            var other = new[] { "x", "y" }.ToLookup(s => "k").First();
            var otherDifferent = new[] { "x", "z" }.ToLookup(s => "k").First();

            Assert.Empty(DeepComparer.Compare(reference, copy));
            Assert.Equal("$[1]", Assert.Single(DeepComparer.Compare(other, otherDifferent)).Path);
        }
    }
}
