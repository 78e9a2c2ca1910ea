using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// A key (or set item) that is a framework value is found through the other collection's own comparer, whose Equals
    /// ignores a date's Kind, an offset, a decimal's scale, a Uri's fragment and a zero's sign. The key found is then held to
    /// the comparer's stricter value rules: a copy whose keys print differently is not equal.
    /// </summary>
    public sealed class StrictKeyTests
    {
        /// <summary>Pairs of keys the class library calls equal but that print differently.</summary>
        private static readonly Dictionary<string, (object Reference, object Difference)> Keys = new Dictionary<string, (object, object)>
        {
            ["DateTimeKind"] = (new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)),
            ["DateTimeOffset"] = (new DateTimeOffset(2020, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            ["DecimalScale"] = (1.0m, 1.00m),
            ["UriFragment"] = (new Uri("http://x/a#1"), new Uri("http://x/a#2")),
            ["NegativeZero"] = (0.0, -0.0),
        };

        public static TheoryData<string> Cases()
        {
            var data = new TheoryData<string>();
            foreach (var name in Keys.Keys)
            {
                data.Add(name);
            }

            return data;
        }

        public static TheoryData<DeepCopyStrategy, string> CopyCases() => Strategies.With(Keys.Keys.ToArray());

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_hashtable_key_that_prints_differently_is_reported_at_the_key(string name)
        {
            var (reference, difference) = Keys[name];

            var found = Assert.Single(DeepComparer.Compare(new Hashtable { [reference] = 1 }, new Hashtable { [difference] = 1 }));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Same(reference, found.ReferenceValue);
            Assert.Same(difference, found.DifferenceValue);
            Assert.StartsWith("$[", found.Path, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_set_item_that_prints_differently_is_reported_at_the_item(string name)
        {
            var (reference, difference) = Keys[name];

            var found = Assert.Single(DeepComparer.Compare(new HashSet<object> { reference }, new HashSet<object> { difference }));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Same(difference, found.DifferenceValue);
        }

        [Fact]
        public void The_value_under_a_differing_key_is_still_compared()
        {
            var found = DeepComparer.Compare(new Dictionary<decimal, int> { [1.0m] = 1 }, new Dictionary<decimal, int> { [1.00m] = 2 });

            Assert.Equal(2, found.Count);
            Assert.All(found, d => Assert.Equal(DeepDifferenceKind.ValueDifferent, d.Kind));
            Assert.Contains(found, d => Equals(d.ReferenceValue, 1) && Equals(d.DifferenceValue, 2));
        }

        [Fact]
        public void Keys_of_a_lookup_are_held_to_the_same_rules()
        {
            var reference = new[] { 1.0m }.ToLookup(k => k);
            var difference = new[] { 1.00m }.ToLookup(k => k);

            var found = DeepComparer.Compare(reference, difference);

            // The key, and the element under it.
            Assert.Equal(2, found.Count);
            Assert.All(found, d => Assert.Equal(DeepDifferenceKind.ValueDifferent, d.Kind));
        }

        [Fact]
        public void Keys_equal_by_the_strict_rules_stay_equal()
        {
            var date = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            Assert.Empty(DeepComparer.Compare(new Hashtable { [date] = 1, [1.5m] = 2, [double.NaN] = 3 }, new Hashtable { [new DateTime(date.Ticks, DateTimeKind.Utc)] = 1, [1.5m] = 2, [double.NaN] = 3 }));
            Assert.Empty(DeepComparer.Compare(new HashSet<decimal> { 1.0m, 2m }, new HashSet<decimal> { 2m, 1.0m }));
            // The collection's comparer still decides which keys pair: a case-insensitive table finds 'A' under 'a'.
            Assert.Empty(DeepComparer.Compare(new Hashtable(StringComparer.OrdinalIgnoreCase) { ["a"] = 1 }, new Hashtable(StringComparer.OrdinalIgnoreCase) { ["A"] = 1 }));
        }

        [Theory]
        [MemberData(nameof(CopyCases))]
        public void A_copy_keeps_its_keys_exactly(DeepCopyStrategy strategy, string name)
        {
            var (reference, _) = Keys[name];
            var source = new Hashtable { [reference] = new List<int> { 1 }, ["set"] = new HashSet<object> { reference } };

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        }
    }
}
