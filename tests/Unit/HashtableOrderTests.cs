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
