using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Comparison.CompareTypes;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Keys and set items that are objects are paired by structure. These pin what the pairing reports, whatever order
    /// the two collections list their keys in: differences in the reference collection's order, look-alike keys paired by
    /// their values first, keys of several kinds in one set, keys that agree in their first levels and differ deeper.
    /// </summary>
    public sealed class KeyPairingTests
    {
        private const int Count = 40;

        [Fact]
        public void Missing_items_come_in_the_reference_order_and_extra_items_in_the_difference_order()
        {
            var reference = new HashSet<Person>(People(Count));
            var difference = new HashSet<Person>(People(Count).Reverse().Select(p => Changed(p, 5, 17, 30)));

            var found = DeepComparer.Compare(reference, difference);

            Assert.Equal(
                new[] { "MissingKey 5", "MissingKey 17", "MissingKey 30", "ExtraKey 1030", "ExtraKey 1017", "ExtraKey 1005" },
                found.Select(d => d.Kind + " " + ((Person)(d.ReferenceValue ?? d.DifferenceValue)!).Age));
        }

        [Fact]
        public void Values_of_keys_paired_out_of_order_are_reported_in_the_reference_order()
        {
            var reference = new Dictionary<Person, int>();
            foreach (var person in People(Count))
            {
                reference[person] = person.Age;
            }

            var difference = new Dictionary<Person, int>();
            foreach (var person in People(Count).Reverse())
            {
                difference[person] = person.Age == 3 || person.Age == 20 ? -person.Age : person.Age;
            }

            var found = DeepComparer.Compare(reference, difference);

            Assert.Equal(new object[] { 3, 20 }, found.Select(d => d.ReferenceValue));
            Assert.All(found, d => Assert.Equal(DeepDifferenceKind.ValueDifferent, d.Kind));
        }

        [Fact]
        public void Look_alike_keys_pair_with_a_matching_value_first_even_when_values_repeat()
        {
            var reference = new Hashtable();
            var difference = new Hashtable();
            for (var i = 0; i < Count; i++)
            {
                reference[new object()] = i % 3;
                difference[new object()] = (Count - 1 - i) % 3;
            }

            Assert.Empty(DeepComparer.Compare(reference, difference));
        }

        [Fact]
        public void A_look_alike_key_without_a_matching_value_pairs_with_the_look_alike_left()
        {
            var reference = new Dictionary<object, int>();
            var difference = new Dictionary<object, int>();
            for (var i = 0; i < Count; i++)
            {
                reference[new object()] = i;
                var value = Count - 1 - i;
                difference[new object()] = value == 7 ? 100 : value;
            }

            var only = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, only.Kind);
            Assert.Equal(7, only.ReferenceValue);
            Assert.Equal(100, only.DifferenceValue);
        }

        [Fact]
        public void Keys_of_several_kinds_in_one_set_pair_in_any_order()
        {
            var reference = new HashSet<object>(MixedKeys());
            var reversed = new HashSet<object>(MixedKeys().Reverse());

            Assert.Empty(DeepComparer.Compare(reference, reversed));

            var changed = new HashSet<object>(MixedKeys().Reverse().Select(k => k is ValueTuple<int, int> t && t.Item1 == 4 ? (4, -4) : k));
            var found = DeepComparer.Compare(reference, changed);

            Assert.Equal(new[] { DeepDifferenceKind.MissingKey, DeepDifferenceKind.ExtraKey }, found.Select(d => d.Kind));
            Assert.Equal((4, 4), found[0].ReferenceValue);
            Assert.Equal((4, -4), found[1].DifferenceValue);
        }

        [Fact]
        public void Keys_that_differ_only_deep_down_are_still_told_apart()
        {
            var reference = new HashSet<ChainNode>(Enumerable.Range(0, Count).Select(i => Chain(8, lastValue: i)));
            var difference = new HashSet<ChainNode>(Enumerable.Range(0, Count).Reverse().Select(i => Chain(8, lastValue: i == 9 ? -9 : i)));

            var found = DeepComparer.Compare(reference, difference);

            Assert.Equal(new[] { DeepDifferenceKind.MissingKey, DeepDifferenceKind.ExtraKey }, found.Select(d => d.Kind));
            Assert.Equal(9, Last((ChainNode)found[0].ReferenceValue!));
            Assert.Equal(-9, Last((ChainNode)found[1].DifferenceValue!));
        }

        [Fact]
        public void Keys_that_differ_only_inside_a_collection_are_still_told_apart()
        {
            var reference = new HashSet<Person>(Enumerable.Range(0, Count).Select(i => Tagged(i.ToString())));
            var difference = new HashSet<Person>(Enumerable.Range(0, Count).Reverse().Select(i => Tagged(i == 11 ? "eleven" : i.ToString())));

            var found = DeepComparer.Compare(reference, difference);

            Assert.Equal(new[] { DeepDifferenceKind.MissingKey, DeepDifferenceKind.ExtraKey }, found.Select(d => d.Kind));
            Assert.Equal("11", ((Person)found[0].ReferenceValue!).Tags[0]);
        }

        [Fact]
        public void A_key_whose_copy_drops_a_value_pairs_when_the_comparison_accepts_the_drop()
        {
            var reference = new HashSet<Box>(Enumerable.Range(0, Count).Select(i => new Box { Content = i, Other = new MemoryStream() }));
            var difference = new HashSet<Box>(Enumerable.Range(0, Count).Reverse().Select(i => new Box { Content = i }));

            Assert.Empty(DeepComparer.Compare(reference, difference, new DeepCompareOptions { AcceptsNullFor = value => value is MemoryStream }));
            Assert.Equal(2 * Count, DeepComparer.Compare(reference, difference).Count);
        }

        private static IEnumerable<Person> People(int count) => Enumerable.Range(0, count).Select(i => new Person("p" + i, i));

        private static Person Changed(Person person, params int[] ages) =>
            ages.Contains(person.Age) ? new Person(person.Name, person.Age + 1000) : person;

        private static Person Tagged(string tag) => new Person("same", 1) { Tags = { tag } };

        private static IEnumerable<object> MixedKeys()
        {
            for (var i = 0; i < 8; i++)
            {
                yield return new Person("p" + i, i);
                yield return (i, i);
                yield return new Point { X = i, Y = -i };
                yield return new object[] { i, "s" + i };
                yield return new object[0];
                yield return new Box { Content = new List<int> { i } };
                yield return new object();
            }
        }

        private static int Last(ChainNode node)
        {
            while (node.Next != null)
            {
                node = node.Next;
            }

            return node.Value;
        }
    }
}
