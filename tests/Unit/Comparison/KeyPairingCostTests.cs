using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;
using Xunit;
using static DeepCopy.Tests.Comparison.CompareTypes;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Pairing object keys used to try every reference key with the difference keys one by one: two equal sets of 8,000
    /// objects in another order took 74 seconds. Keys are fingerprinted by structure now, and tried only with keys that
    /// can equal them. These count the candidates tried (on this thread), not time.
    /// </summary>
    public sealed class KeyPairingCostTests
    {
        private const int Count = 500;

        [Fact]
        public void Distinct_keys_in_reversed_order_are_each_tried_once()
        {
            var reference = new HashSet<Person>(People());
            var difference = new HashSet<Person>(People().Reverse());

            Assert.Equal(Count, Tried(() => Assert.Empty(DeepComparer.Compare(reference, difference))));
        }

        [Fact]
        public void A_set_compared_with_its_copy_tries_each_key_once()
        {
            var reference = new HashSet<(int, string)>(Enumerable.Range(0, Count).Select(i => (i, "k" + i)));

            Assert.Equal(Count, Tried(() => Assert.Empty(DeepComparer.Compare(reference, DeepCopier.Copy(reference)))));
        }

        [Fact]
        public void Look_alike_keys_with_distinct_values_are_each_tried_once()
        {
            var reference = new Hashtable();
            var difference = new Hashtable();
            for (var i = 0; i < Count; i++)
            {
                reference[new object()] = i;
                difference[new object()] = Count - 1 - i;
            }

            Assert.Equal(Count, Tried(() => Assert.Empty(DeepComparer.Compare(reference, difference))));
        }

        [Fact]
        public void Equal_look_alike_items_skip_the_items_already_paired()
        {
            var reference = new HashSet<object>(Enumerable.Range(0, Count).Select(_ => new object()));
            var difference = new HashSet<object>(Enumerable.Range(0, Count).Select(_ => new object()));

            Assert.Equal(Count, Tried(() => Assert.Empty(DeepComparer.Compare(reference, difference))));
        }

        [Fact]
        public void A_changed_key_among_many_costs_no_scan_of_the_others()
        {
            var reference = new HashSet<Person>(People());
            var difference = new HashSet<Person>(People().Reverse().Select(p => p.Age == 7 ? new Person(p.Name, -7) : p));

            Assert.True(Tried(() => Assert.Equal(2, DeepComparer.Compare(reference, difference).Count)) <= Count);
        }

        private static IEnumerable<Person> People() => Enumerable.Range(0, Count).Select(i => new Person("p" + i, i));

        private static long Tried(System.Action compare)
        {
            var before = KeyMatchTask.CandidatesTried;
            compare();
            return KeyMatchTask.CandidatesTried - before;
        }
    }
}
