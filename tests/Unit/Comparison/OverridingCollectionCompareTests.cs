using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures.Overrides;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// A user's subclass of a non-generic class-library collection is compared by what it stores, not by what its
    /// overrides show: a masked or hidden entry that differs is reported, and none of its overrides runs. So a copy that
    /// held only what the overrides show would be found different.
    /// </summary>
    public sealed class OverridingCollectionCompareTests
    {
        private static readonly DeepCompareOptions Independence = new DeepCompareOptions { Independence = true };

        public static TheoryData<string> TableKinds => new TheoryData<string> { "masking", "hiding", "zero count", "throwing" };

        public static TheoryData<string> OtherKinds => new TheoryData<string> { "SortedList", "ArrayList", "Stack", "Queue", "OrderedDictionary" };

        [Theory]
        [MemberData(nameof(TableKinds))]
        public void Tables_that_store_the_same_are_equal_and_no_override_runs(string kind)
        {
            var reference = Table(kind);
            var difference = Table(kind);
            OverrideCalls.Reset();

            var found = DeepComparer.Compare(reference, difference, Independence);

            Assert.Empty(found);
            Assert.Equal(0, OverrideCalls.Count);
        }

        [Theory]
        [MemberData(nameof(TableKinds))]
        public void A_masked_value_that_differs_is_reported(string kind)
        {
            var reference = Table(kind);
            var difference = Table(kind);
            difference.SetReal("password", "***");
            OverrideCalls.Reset();

            var found = DeepComparer.Compare(reference, difference);

            Assert.True(found.Count == 1 && found[0].Path == "$['password']" && found[0].Kind == DeepDifferenceKind.ValueDifferent, "found [" + string.Join(", ", found) + "]");
            Assert.Equal(0, OverrideCalls.Count);
        }

        [Theory]
        [MemberData(nameof(TableKinds))]
        public void A_hidden_entry_missing_from_one_side_is_reported(string kind)
        {
            var reference = Table(kind);
            var difference = Table(kind);
            difference.RemoveReal("_token");

            var found = DeepComparer.Compare(reference, difference);

            Assert.True(found.Count == 1 && found[0].Path == "$['_token']" && found[0].Kind == DeepDifferenceKind.MissingKey, "found [" + string.Join(", ", found) + "]");
        }

        [Theory]
        [MemberData(nameof(TableKinds))]
        public void A_list_both_tables_hold_under_a_hidden_key_is_found_shared(string kind)
        {
            var reference = Table(kind);
            var difference = Table(kind);
            difference.SetReal("_list", reference.GetReal("_list"));

            var found = DeepComparer.Compare(reference, difference, Independence);

            Assert.True(found.Count == 1 && found[0].Path == "$['_list']" && found[0].Kind == DeepDifferenceKind.SharedReference, "found [" + string.Join(", ", found) + "]");
        }

        /// <summary>Object keys are paired by structure, through fingerprints that read what each key holds.</summary>
        [Fact]
        public void A_table_used_as_a_key_is_paired_by_what_it_stores()
        {
            var reference = new Dictionary<object, int> { [Table("throwing")] = 1 };
            var same = new Dictionary<object, int> { [Table("throwing")] = 1 };
            var other = Table("throwing");
            other.SetReal("password", "other");
            var changed = new Dictionary<object, int> { [other] = 1 };
            OverrideCalls.Reset();

            Assert.Empty(DeepComparer.Compare(reference, same));
            Assert.NotEmpty(DeepComparer.Compare(reference, changed));
            Assert.Equal(0, OverrideCalls.Count);
        }

        [Theory]
        [MemberData(nameof(OtherKinds))]
        public void Other_collections_that_store_the_same_are_equal_and_no_override_runs(string kind)
        {
            var reference = Other(kind, planted: false);
            var difference = Other(kind, planted: false);
            OverrideCalls.Reset();

            var found = DeepComparer.Compare(reference, difference, Independence);

            Assert.Empty(found);
            Assert.Equal(0, OverrideCalls.Count);
        }

        [Theory]
        [MemberData(nameof(OtherKinds))]
        public void A_stored_item_that_differs_in_another_collection_is_reported(string kind)
        {
            var reference = Other(kind, planted: false);
            var difference = Other(kind, planted: true);
            OverrideCalls.Reset();

            var found = DeepComparer.Compare(reference, difference);

            Assert.True(found.Count == 1 && found[0].Kind == DeepDifferenceKind.ValueDifferent, kind + ": found [" + string.Join(", ", found) + "]");
            Assert.Equal(0, OverrideCalls.Count);
        }

        /// <summary>The order of an ordered dictionary is part of its value: it is read from what the dictionary stores too.</summary>
        [Fact]
        public void An_ordered_subclass_whose_stored_order_differs_is_reported()
        {
            var reference = new ThrowingOrderedDictionary { ["a"] = 1, ["b"] = 2 };
            var difference = new ThrowingOrderedDictionary { ["b"] = 2, ["a"] = 1 };
            OverrideCalls.Reset();

            var found = DeepComparer.Compare(reference, difference);

            Assert.True(found.Count == 1 && found[0].Kind == DeepDifferenceKind.OrderDifferent, "found [" + string.Join(", ", found) + "]");
            Assert.Equal(0, OverrideCalls.Count);
        }

        private static RecordingTable Table(string kind)
        {
            RecordingTable table = kind switch
            {
                "masking" => new MaskingTable(0),
                "hiding" => new HidingTable(0),
                "zero count" => new ZeroCountTable(0),
                "throwing" => new ThrowingTable(0),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case."),
            };
            table.SetReal("user", "svc");
            table.SetReal("password", "Hunter2!");
            table.SetReal("_token", "abc123");
            table.SetReal("_list", new List<int> { 1, 2 });
            return table;
        }

        /// <summary>Two items and a list; <paramref name="planted"/> changes the second item where only the storage shows it.</summary>
        private static object Other(string kind, bool planted)
        {
            var second = planted ? "changed" : "b";
            switch (kind)
            {
                case "SortedList":
                    // One comparer for both: two SortedLists made with the default one each hold a Comparer of their own.
                    var sorted = new ThrowingSortedList(StringComparer.Ordinal);
                    sorted.SetReal("a", new List<int> { 1 });
                    sorted.SetReal("b", second);
                    return sorted;
                case "ArrayList":
                    var list = new ThrowingArrayList();
                    list.AddReal(new List<int> { 1 });
                    list.AddReal(second);
                    return list;
                case "Stack":
                    var stack = new ThrowingStack();
                    stack.PushReal(second);
                    stack.PushReal(new List<int> { 1 });
                    return stack;
                case "Queue":
                    // Dequeued once first, so the items do not start at the queue's first slot.
                    var queue = new ThrowingQueue();
                    queue.EnqueueReal("gone");
                    queue.DequeueReal();
                    queue.EnqueueReal(new List<int> { 1 });
                    queue.EnqueueReal(second);
                    return queue;
                case "OrderedDictionary":
                    return new ThrowingOrderedDictionary { ["a"] = new List<int> { 1 }, ["b"] = second };
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case.");
            }
        }
    }
}
