using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Hashtables keyed by PSCustomObjects (Compare-DeepObject on two of 4,000 keys took 29 s): their keys are
    /// fingerprinted by note properties, names ignoring case as the adapter matches them, and pair in linear time.
    /// </summary>
    public sealed class PSObjectKeyPairingTests
    {
        private const int Count = 200;

        public PSObjectKeyPairingTests()
        {
            PowerShellRegistrations.EnsureRegistered();
        }

        [Fact]
        public void Custom_object_keys_in_another_order_pair_one_try_each()
        {
            var reference = Table("id", Enumerable.Range(0, Count));
            var difference = Table("id", Enumerable.Range(0, Count).Reverse());

            var before = KeyMatchTask.CandidatesTried;
            Assert.Empty(DeepComparer.Compare(reference, difference));
            Assert.Equal(Count, KeyMatchTask.CandidatesTried - before);
        }

        [Fact]
        public void Note_property_names_pair_ignoring_case()
        {
            Assert.Empty(DeepComparer.Compare(Table("id", Enumerable.Range(0, Count)), Table("ID", Enumerable.Range(0, Count).Reverse())));
        }

        [Fact]
        public void A_changed_custom_object_key_is_missing_and_extra()
        {
            var reference = Table("id", Enumerable.Range(0, Count));
            var difference = Table("id", Enumerable.Range(0, Count).Reverse().Select(i => i == 42 ? -42 : i));

            var found = DeepComparer.Compare(reference, difference);

            Assert.Equal(new[] { DeepDifferenceKind.MissingKey, DeepDifferenceKind.ExtraKey }, found.Select(d => d.Kind));
        }

        private static Hashtable Table(string name, IEnumerable<int> ids)
        {
            var table = new Hashtable();
            foreach (var id in ids)
            {
                table[Custom((name, id))] = id;
            }

            return table;
        }

        private static PSObject Custom(params (string Name, object Value)[] notes)
        {
            var value = new PSObject();
            foreach (var (name, note) in notes)
            {
                value.Properties.Add(new PSNoteProperty(name, note));
            }

            return value;
        }
    }
}
