using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Keys that are dictionaries or sets are fingerprinted by their size and, when small, by what they hold in any order.
    /// Before, they counted by their type alone, so a set of 2,000 hashtables in another order was paired by trying each
    /// with every other (about 4.5 s). These count the candidates tried (on this thread), not time, and check that
    /// collections equal in another order still pair.
    /// </summary>
    public sealed class CollectionKeyPairingTests
    {
        private const int Count = 400;

        [Fact]
        public void Hashtable_keys_in_reversed_order_are_each_tried_once()
        {
            var reference = SetOf(Records());
            var difference = SetOf(Records().Reverse());

            Assert.Equal(Count, Tried(() => Assert.Empty(DeepComparer.Compare(reference, difference))));
        }

        [Fact]
        public void Set_keys_in_reversed_order_are_each_tried_once()
        {
            var reference = SetOf(Enumerable.Range(0, Count).Select(i => new HashSet<string> { "a" + i, "b" + i }));
            var difference = SetOf(Enumerable.Range(0, Count).Reverse().Select(i => new HashSet<string> { "b" + i, "a" + i }));

            Assert.Equal(Count, Tried(() => Assert.Empty(DeepComparer.Compare(reference, difference))));
        }

        [Fact]
        public void Dictionary_keys_filled_in_another_order_still_pair()
        {
            var reference = new Dictionary<object, int> { [Unordered(("x", 1), ("y", new[] { 1, 2 }), ("z", null))] = 1 };
            var difference = new Dictionary<object, int> { [Unordered(("z", null), ("y", new[] { 1, 2 }), ("x", 1))] = 1 };

            Assert.Empty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void Dictionary_keys_with_object_keys_and_values_in_another_order_still_pair()
        {
            var reference = SetOf(new[] { new Hashtable { [new List<int> { 1 }] = "one", [new List<int> { 2 }] = new Hashtable { ["deep"] = 2 } } });
            var difference = SetOf(new[] { new Hashtable { [new List<int> { 2 }] = new Hashtable { ["deep"] = 2 }, [new List<int> { 1 }] = "one" } });

            Assert.Empty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void A_changed_value_inside_one_hashtable_key_is_found_without_scanning_the_others()
        {
            var reference = SetOf(Records());
            var difference = SetOf(Records().Reverse().Select(r => (int)r["id"]! == 7 ? new Hashtable(r) { ["name"] = "changed" } : r));

            var tried = Tried(() => Assert.Equal(2, DeepComparer.Compare(reference, difference).Count));

            Assert.True(tried <= Count, $"{tried} candidates tried");
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Keys_held_by_a_comparer_pair_as_that_comparer_matches_them(bool comparerOfTheUser)
        {
            // The walker finds a dictionary's string keys through its comparer: under one that ignores case, 'Name' and
            // 'name' are the same key, as Compare-DeepObject reports for the two dictionaries themselves.
            IEqualityComparer comparer = comparerOfTheUser ? new IgnoringCase() : StringComparer.OrdinalIgnoreCase;
            var reference = SetOf(Enumerable.Range(0, Count).Select(i => new Hashtable(comparer) { ["Name" + i] = i }));
            var difference = SetOf(Enumerable.Range(0, Count).Reverse().Select(i => new Hashtable(comparer) { ["name" + i] = i }));

            Assert.Empty(DeepComparer.Compare(new Hashtable(comparer) { ["Name"] = 1 }, new Hashtable(comparer) { ["name"] = 1 }));
            var tried = Tried(() => Assert.Empty(DeepComparer.Compare(reference, difference)));

            Assert.Equal(Count, tried);
        }

        [Theory]
        [InlineData("\u00C5", "A\u030A")]
        [InlineData("co-op", "co\u00ADop")]
        public void Sorted_keys_under_their_default_order_pair_as_the_walker_compares_them(string reference, string difference)
        {
            // The default order of strings is the current culture's, which may call strings of other characters equal.
            var alone = DeepComparer.Compare(new SortedSet<string> { reference }, new SortedSet<string> { difference });
            var asKeys = DeepComparer.Compare(
                SetOf(new[] { new SortedSet<string> { reference } }),
                SetOf(new[] { new SortedSet<string> { difference } }));
            var asDictionaryKeys = DeepComparer.Compare(
                SetOf(new[] { new SortedDictionary<string, int> { [reference] = 1 } }),
                SetOf(new[] { new SortedDictionary<string, int> { [difference] = 1 } }));

            Assert.Equal(alone.Count == 0, asKeys.Count == 0);
            Assert.Equal(alone.Count == 0, asDictionaryKeys.Count == 0);
        }

        [Fact]
        public void Large_dictionary_keys_pair_by_size_and_still_compare_in_full()
        {
            var reference = SetOf(new[] { Numbered(40, 0), Numbered(41, 0) });
            var equal = SetOf(new[] { Numbered(41, 0), Numbered(40, 0) });
            var changed = SetOf(new[] { Numbered(41, 0), Numbered(40, 1) });

            Assert.Empty(DeepComparer.Compare(reference, equal));
            Assert.NotEmpty(DeepComparer.Compare(reference, changed));
        }

        private static IEnumerable<Hashtable> Records() =>
            Enumerable.Range(0, Count).Select(i => new Hashtable { ["id"] = i, ["name"] = "n" + (i % 10), ["tags"] = new[] { "t" } });

        private static HashSet<object> SetOf(IEnumerable<object> items) => new HashSet<object>(items, ReferenceEqualityComparer.Instance);

        private static Hashtable Numbered(int count, int offset)
        {
            var table = new Hashtable();
            for (var i = 0; i < count; i++)
            {
                table[i] = i + offset;
            }

            return table;
        }

        private static Dictionary<string, object?> Unordered(params (string Key, object? Value)[] entries)
        {
            var dictionary = new Dictionary<string, object?>();
            foreach (var (key, value) in entries)
            {
                dictionary[key] = value;
            }

            return dictionary;
        }

        private sealed class IgnoringCase : IEqualityComparer
        {
            public new bool Equals(object? x, object? y) => string.Equals((string?)x, (string?)y, StringComparison.OrdinalIgnoreCase);

            public int GetHashCode(object obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj);
        }

        private static long Tried(Action compare)
        {
            var before = KeyMatchTask.CandidatesTried;
            compare();
            return KeyMatchTask.CandidatesTried - before;
        }
    }
}
