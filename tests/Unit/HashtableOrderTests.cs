using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A Hashtable enumerates in bucket order, which depends on its history (growth, removals), so re-adding the keys to a
/// new table can list them differently. A copy of a table of string keys (what @{} holds) lists them as its source does.
/// </summary>
public sealed class HashtableOrderTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_grown_and_shrunk_table_copies_in_the_same_key_order(DeepCopyStrategy strategy)
    {
        var source = GrownAndShrunk();
        Assert.NotEqual(source.Keys.Cast<string>(), new Hashtable(source).Keys.Cast<string>());

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.Keys.Cast<string>(), copy.Keys.Cast<string>());
        Assert.NotSame(source["key40"], copy["KEY40"]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_copy_of_a_table_with_removed_entries_is_a_table_of_its_own(DeepCopyStrategy strategy)
    {
        var source = GrownAndShrunk();
        var sourceKeys = source.Keys.Cast<string>().ToList();
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        for (var i = 0; i < 100; i++)
        {
            copy["new" + i] = i;
        }

        foreach (var key in sourceKeys)
        {
            copy.Remove(key);
        }

        before.AssertUnchanged(source);
        Assert.Equal(100, copy.Count);
        Assert.All(Enumerable.Range(0, 100), i => Assert.Equal(i, copy["NEW" + i]));
        Assert.Equal(10, source.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_table_of_numbers_guids_and_strings_copies_in_the_same_key_order(DeepCopyStrategy strategy)
    {
        // What $Matches with a named group holds (an int and a string key), and the like: keys the copy shares.
        var source = GrownAndShrunk();
        source[0] = "zero";
        source[System.Guid.Empty] = new List<Node> { new Node { Value = -1 } };
        source[System.DayOfWeek.Friday] = 5L;
        var rebuiltKeys = new Hashtable(source, System.StringComparer.OrdinalIgnoreCase).Keys.Cast<object>();
        Assert.NotEqual(source.Keys.Cast<object>(), rebuiltKeys);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.Keys.Cast<object>(), copy.Keys.Cast<object>());
        Assert.NotSame(source[System.Guid.Empty], copy[System.Guid.Empty]);
        Assert.Equal("zero", copy[0]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_table_whose_keys_are_copied_is_rebuilt_so_every_key_hashes_afresh(DeepCopyStrategy strategy)
    {
        var key = new List<int> { 1 };
        var source = new Hashtable { [key] = "list", ["text"] = "string" };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var copiedKey = copy.Keys.OfType<List<int>>().Single();
        Assert.NotSame(key, copiedKey);
        Assert.Equal("list", copy[copiedKey]);
        Assert.Equal("string", copy["text"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_table_that_holds_a_sliver_of_its_room_is_copied_at_the_size_of_what_it_holds(DeepCopyStrategy strategy)
    {
        // A Hashtable never shrinks its bucket array: made with room for a million, or emptied after holding one, a
        // bucket copy would cost (and keep alive) the whole array for the few keys left.
        var presized = new Hashtable(1_000_000, System.StringComparer.OrdinalIgnoreCase) { ["only"] = new Node { Value = 1 } };
        var emptied = new Hashtable(System.StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 10_000; i++)
        {
            emptied["key" + i] = i;
        }

        for (var i = 10; i < 10_000; i++)
        {
            emptied.Remove("key" + i);
        }

        foreach (var source in new[] { presized, emptied })
        {
            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            Assert.True(BucketCount(copy) < 100, $"the copy has {BucketCount(copy)} buckets for {copy.Count} keys");
            GraphAssert.IsDeepCopy(source, copy);
            Assert.Equal(source.Count, copy.Keys.Cast<string>().Count(key => source.ContainsKey(key.ToUpperInvariant())));
        }
    }

    private static int BucketCount(Hashtable table) => DeepCopy.Core.Handlers.HashtableBuckets.Current!.GetBuckets(table).Length;

    /// <summary>Forty keys added, thirty removed: the table keeps its grown bucket array and the markers of removed entries.</summary>
    private static Hashtable GrownAndShrunk()
    {
        var table = new Hashtable(System.StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i <= 40; i++)
        {
            table["key" + i] = new List<Node> { new Node { Value = i } };
        }

        for (var i = 1; i <= 30; i++)
        {
            table.Remove("key" + i);
        }

        return table;
    }
}
