using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>Ordered dictionaries keep their key order in a copy; the same entries in another order are a difference.</summary>
    public sealed class OrderDifferenceTests
    {
        public static TheoryData<string, object, object> Reordered() => new TheoryData<string, object, object>
        {
            { "OrderedDictionary", new OrderedDictionary { ["a"] = 1, ["b"] = 2 }, new OrderedDictionary { ["b"] = 2, ["a"] = 1 } },
            { "OrderedDictionary<,>", new OrderedDictionary<string, int> { ["a"] = 1, ["b"] = 2 }, new OrderedDictionary<string, int> { ["b"] = 2, ["a"] = 1 } },
            { "ListDictionary", new ListDictionary { ["a"] = 1, ["b"] = 2 }, new ListDictionary { ["b"] = 2, ["a"] = 1 } },
        };

        [Theory]
        [MemberData(nameof(Reordered))]
        public void TheSameEntriesInAnotherOrderDiffer(string name, object reference, object difference)
        {
            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.True(found.Kind == DeepDifferenceKind.OrderDifferent && found.Path == "$", name + ": " + found);
            Assert.Equal("The keys are in another order: at position 0 expected the key 'a' but found 'b'.", found.Message);
        }

        [Fact]
        public void UnorderedDictionariesIgnoreOrder()
        {
            var reference = new Hashtable { ["a"] = 1, ["b"] = 2, ["c"] = 3 };
            var difference = new Hashtable();
            foreach (var key in new[] { "c", "b", "a" })
            {
                difference[key] = reference[key];
            }

            Assert.Empty(DeepComparer.Compare(reference, difference));
            Assert.Empty(DeepComparer.Compare(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }, new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 }));
        }

        [Fact]
        public void KeysLookedUpThroughACaseInsensitiveComparerKeepTheirPlace()
        {
            var reference = new OrderedDictionary(StringComparer.OrdinalIgnoreCase) { ["A"] = 1, ["b"] = 2 };
            var difference = new OrderedDictionary(StringComparer.OrdinalIgnoreCase) { ["a"] = 1, ["B"] = 2 };

            Assert.Empty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void AMissingKeyIsNotAlsoAnOrderDifference()
        {
            var found = Assert.Single(DeepComparer.Compare(new OrderedDictionary { ["a"] = 1, ["b"] = 2 }, new OrderedDictionary { ["b"] = 2 }));

            Assert.Equal(DeepDifferenceKind.MissingKey, found.Kind);
        }
    }
}
