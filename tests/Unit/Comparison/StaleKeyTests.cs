using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Comparison.CompareTypes;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// A hashed collection copied bucket by bucket around a key that hashes by identity lists the copied key and cannot
    /// find it. The comparer reports that (so Measure-DeepCopy's verification refuses such a copy), without ever calling
    /// a key type's own GetHashCode or Equals.
    /// </summary>
    public sealed class StaleKeyTests
    {
        private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
        private const string PersonKeyPath = "$[<key of type DeepCopy.Tests.Comparison.CompareTypes+Person>]";

        [Fact]
        public void A_dictionary_that_lists_a_key_it_cannot_find_is_reported()
        {
            var reference = new Dictionary<Person, string> { [new Person("k", 1)] = "v" };
            var stale = new Person("k", 1);
            var difference = new Dictionary<Person, string> { [new Person("k", 1)] = "v" };
            ReplaceStoredKey(difference, "key", stale);

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.KeyUnreachable, found.Kind);
            Assert.Equal(PersonKeyPath, found.Path);
            Assert.Same(stale, found.DifferenceValue);
        }

        [Fact]
        public void A_set_that_lists_an_item_it_cannot_find_is_reported()
        {
            var reference = new HashSet<Person> { new Person("k", 1) };
            var difference = new HashSet<Person> { new Person("k", 1) };
            ReplaceStoredKey(difference, "Value", new Person("k", 1));

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.KeyUnreachable, found.Kind);
        }

        [Fact]
        public void A_stale_key_among_many_listed_in_another_order_is_reported()
        {
            var reference = new Dictionary<Person, int>();
            var difference = new Dictionary<Person, int>();
            for (var i = 0; i < 30; i++)
            {
                reference[new Person("k" + i, i)] = i;
                difference[new Person("k" + (29 - i), 29 - i)] = 29 - i;
            }

            var stale = new Person("k29", 29);
            ReplaceStoredKey(difference, "key", stale);

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.KeyUnreachable, found.Kind);
            Assert.Same(stale, found.DifferenceValue);
        }

        [Fact]
        public void Sound_collections_of_identity_keys_compare_equal()
        {
            Assert.Empty(DeepComparer.Compare(
                new Dictionary<Person, string> { [new Person("a", 1)] = "v", [new Person("b", 2)] = "w" },
                new Dictionary<Person, string> { [new Person("b", 2)] = "w", [new Person("a", 1)] = "v" }));
        }

        [Fact]
        public void Keys_with_their_own_hashing_are_never_asked()
        {
            var reference = new Dictionary<CountingKey, int> { [new CountingKey(1)] = 1 };
            var difference = new Dictionary<CountingKey, int> { [new CountingKey(1)] = 1 };
            CountingKey.Calls = 0;

            Assert.Empty(DeepComparer.Compare(reference, difference));
            Assert.Equal(0, Volatile.Read(ref CountingKey.Calls));
        }

        [Fact]
        public void A_tuple_key_whose_list_changed_after_it_was_hashed_is_reported()
        {
            // What a copy that hashed a key before filling it left (hunt 27): the tuple's hash is its list's identity.
            var reference = new HashSet<object> { Tuple.Create(new List<int>()) };
            var stale = Tuple.Create(new List<int>());
            var difference = new HashSet<object> { stale };
            typeof(Tuple<List<int>>).GetField("m_Item1", Private)!.SetValue(stale, new List<int>());

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.KeyUnreachable, found.Kind);
            Assert.Same(stale, found.DifferenceValue);
        }

        [Fact]
        public void A_value_tuple_key_inside_a_tuple_is_looked_up_too()
        {
            var reference = new Dictionary<object, int> { [Tuple.Create((new List<int>(), "a"))] = 1 };
            var stale = Tuple.Create((new List<int>(), "a"));
            var difference = new Dictionary<object, int> { [stale] = 1 };
            typeof(Tuple<(List<int>, string)>).GetField("m_Item1", Private)!.SetValue(stale, (new List<int>(), "a"));

            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.KeyUnreachable, found.Kind);
        }

        [Fact]
        public void A_tuple_over_a_key_with_its_own_hashing_is_never_asked()
        {
            var reference = new HashSet<object> { Tuple.Create(new CountingKey(1)) };
            var difference = new HashSet<object> { Tuple.Create(new CountingKey(1)) };
            CountingKey.Calls = 0;

            Assert.Empty(DeepComparer.Compare(reference, difference));
            Assert.Equal(0, Volatile.Read(ref CountingKey.Calls));
        }

        [Fact]
        public void Sound_sets_of_tuple_keys_compare_equal()
        {
            var list = new List<int> { 1 };
            Assert.Empty(DeepComparer.Compare(
                new HashSet<object> { Tuple.Create(list, "a"), Tuple.Create(new List<int> { 2 }, "b") },
                new HashSet<object> { Tuple.Create(new List<int> { 2 }, "b"), Tuple.Create(new List<int> { 1 }, "a") }));
        }

        /// <summary>What a bucket-by-bucket copier does: the stored entry keeps the old hash code but holds another instance.</summary>
        private static void ReplaceStoredKey(object collection, string keyField, object replacement)
        {
            var entries = (Array)collection.GetType().GetField("_entries", Private)!.GetValue(collection)!;
            var entry = entries.GetValue(0)!;
            entry.GetType().GetField(keyField, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.SetValue(entry, replacement);
            entries.SetValue(entry, 0);
        }

        private sealed class CountingKey
        {
            public static int Calls;

            public CountingKey(int id)
            {
                Id = id;
            }

            public int Id { get; }

            public override bool Equals(object? obj)
            {
                Interlocked.Increment(ref Calls);
                return obj is CountingKey other && other.Id == Id;
            }

            public override int GetHashCode()
            {
                Interlocked.Increment(ref Calls);
                return Id;
            }
        }
    }
}
