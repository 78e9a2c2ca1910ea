using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Comparison.CompareTypes;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>The comparison table: each row is two graphs and the differences expected between them, as "path|Kind".</summary>
    public sealed class DifferenceKindTests
    {
        public static TheoryData<string, object?, object?, string[]> Table()
        {
            var data = new TheoryData<string, object?, object?, string[]>();
            void Row(string name, object? reference, object? difference, params string[] expected) => data.Add(name, reference, difference, expected);

            Row("equal numbers", 1, 1);
            Row("number types", 1, 1L, "$|TypeDifferent");
            Row("strings, ordinal", "a", "A", "$|ValueDifferent");
            Row("null against a value", null, new List<int>(), "$|ValueDifferent");
            Row("missing and extra keys", new Hashtable { ["a"] = 1, ["b"] = 2 }, new Hashtable { ["a"] = 1, ["c"] = 3 }, "$['b']|MissingKey", "$['c']|ExtraKey");
            Row("nested dictionary value", new Hashtable { ["a"] = new Hashtable { ["x"] = 1 } }, new Hashtable { ["a"] = new Hashtable { ["x"] = 2 } }, "$['a']['x']|ValueDifferent");
            Row("keys looked up through the dictionary's comparer", CaseInsensitive("A", 1), CaseInsensitive("a", 1));
            Row("comparers differ", CaseInsensitive("a", 1), new Hashtable { ["a"] = 1 }, "$|ComparerDifferent");
            Row("generic dictionary comparers differ", new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase), "$|ComparerDifferent");
            Row("list count and item", new List<int> { 1, 2 }, new List<int> { 5 }, "$|CountDifferent", "$[0]|ValueDifferent");
            Row("array position", new[] { 1, 2, 3 }, new[] { 1, 9, 3 }, "$[1]|ValueDifferent");
            Row("string array position", new[] { "a", "b" }, new[] { "a", "c" }, "$[1]|ValueDifferent");
            Row("multi-dimensional element", new[,] { { 1, 2 }, { 3, 4 } }, new[,] { { 1, 2 }, { 0, 4 } }, "$[1,0]|ValueDifferent");
            Row("multi-dimensional shape", new int[2, 3], new int[3, 2], "$|CountDifferent");
            Row("set membership", new HashSet<string> { "a", "b" }, new HashSet<string> { "b", "c" }, "$['a']|MissingKey", "$['c']|ExtraKey");
            Row("set order does not matter", new HashSet<string> { "a", "b" }, new HashSet<string> { "b", "a" });
            Row("sorted set comparer", new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.OrdinalIgnoreCase), "$|ComparerDifferent");
            Row("set of objects matched by structure", new HashSet<object> { new Person("a", 1) }, new HashSet<object> { new Person("a", 1) });
            Row("set of objects, one differs", new HashSet<object> { new Person("a", 1) }, new HashSet<object> { new Person("a", 2) },
                "$[<key of type DeepCopy.Tests.Comparison.CompareTypes+Person>]|MissingKey", "$[<key of type DeepCopy.Tests.Comparison.CompareTypes+Person>]|ExtraKey");
            Row("object keys matched by structure", ObjectKeyed(new Person("k", 1), "v"), ObjectKeyed(new Person("k", 1), "w"),
                "$[<key of type DeepCopy.Tests.Comparison.CompareTypes+Person>]|ValueDifferent");
            Row("field and auto-property", new Person("a", 1), new Person("b", 2), "$.Name|ValueDifferent", "$.Age|ValueDifferent");
            Row("inline struct field", new Person("a", 1) { Location = new Point { X = 1 } }, new Person("a", 1) { Location = new Point { X = 2 } }, "$.Location.X|ValueDifferent");
            Row("nested list in an object", new Person("a", 1) { Tags = { "x" } }, new Person("a", 1) { Tags = { "y" } }, "$.Tags[0]|ValueDifferent");
            Row("ignored field is not compared", new Person("a", 1) { Cache = 1 }, new Person("a", 1) { Cache = 2 });
            Row("queue by position", new Queue<int>(new[] { 1, 2 }), new Queue<int>(new[] { 2, 1 }), "$[0]|ValueDifferent", "$[1]|ValueDifferent");
            Row("collection types", new List<int>(), Array.Empty<int>(), "$|TypeDifferent");
            Row("regexes with one pattern", new Regex("a+", RegexOptions.IgnoreCase), new Regex("a+", RegexOptions.IgnoreCase));
            Row("regexes with two patterns", new Regex("a+"), new Regex("b+"), "$|ValueDifferent");
            Row("boxed struct in an object field", new Box { Content = new Point { Y = 1 } }, new Box { Content = new Point { Y = 2 } }, "$.Content.Y|ValueDifferent");
            Row("user overrides are never called", new Grumpy { Value = 1 }, new Grumpy { Value = 2 }, "$.Value|ValueDifferent");
            Row("user overrides in a list", new List<object> { new Grumpy() }, new List<object> { new Grumpy() });
            Row("enum values", DayOfWeek.Monday, DayOfWeek.Friday, "$|ValueDifferent");
            return data;
        }

        [Theory]
        [MemberData(nameof(Table))]
        public void ReportsExactlyTheExpectedDifferences(string name, object? reference, object? difference, string[] expected)
        {
            var found = DeepComparer.Compare(reference, difference).Select(d => d.Path + "|" + d.Kind).OrderBy(s => s, StringComparer.Ordinal);

            Assert.True(
                expected.OrderBy(s => s, StringComparer.Ordinal).SequenceEqual(found),
                name + ": expected [" + string.Join(", ", expected) + "] but found [" + string.Join(", ", found) + "]");
        }

        [Fact]
        public void DifferenceCarriesBothValuesAndAMessage()
        {
            var difference = Assert.Single(DeepComparer.Compare(new Hashtable { ["n"] = 1 }, new Hashtable { ["n"] = 2 }));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, difference.Kind);
            Assert.Equal(1, difference.ReferenceValue);
            Assert.Equal(2, difference.DifferenceValue);
            Assert.Equal("Expected 1 but found 2.", difference.Message);
        }

        [Fact]
        public void CountDifferenceCarriesTheCounts()
        {
            var difference = Assert.Single(DeepComparer.Compare(new List<int> { 1 }, new List<int> { 1, 2 }));

            Assert.Equal(DeepDifferenceKind.CountDifferent, difference.Kind);
            Assert.Equal(1, difference.ReferenceValue);
            Assert.Equal(2, difference.DifferenceValue);
        }

        [Fact]
        public void StopsAtMaxDifferences()
        {
            var reference = Enumerable.Range(0, 100).ToArray();
            var difference = Enumerable.Range(1, 100).ToArray();

            Assert.Equal(100, DeepComparer.Compare(reference, difference).Count);
            Assert.Equal(3, DeepComparer.Compare(reference, difference, new DeepCompareOptions { MaxDifferences = 3 }).Count);
        }

        private static Hashtable CaseInsensitive(string key, object value) => new Hashtable(StringComparer.OrdinalIgnoreCase) { [key] = value };

        private static Dictionary<Person, string> ObjectKeyed(Person key, string value) => new Dictionary<Person, string> { [key] = value };
    }
}
