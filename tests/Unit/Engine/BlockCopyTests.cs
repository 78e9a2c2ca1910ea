using System;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Core.Handlers;
using Xunit;

namespace DeepCopy.Tests.Engine;

/// <summary>
/// A Dictionary of immutable keys and values is copied whole, with its stored hash codes, when its shell is made.
/// The result must be the same as an entry-by-entry rebuild: comparer, order (also after removals), values.
/// </summary>
public sealed class BlockCopyTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_dictionary_of_immutables_keeps_comparer_order_and_values(DeepCopyStrategy strategy)
    {
        var source = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 100; i++)
        {
            source.Add("key" + i, i);
        }

        // Removals leave holes that later additions fill: the enumeration order is no longer the insertion order.
        source.Remove("key10");
        source.Remove("key50");
        source.Add("late", -1);
        var holder = new Dictionary<string, int>[] { source, source };

        var copies = DeepCopier.Copy(holder, new DeepCopyOptions { Strategy = strategy });

        var copy = copies[0];
        Assert.Same(copy, copies[1]);
        Assert.NotSame(source, copy);
        Assert.Same(source.Comparer, copy.Comparer);
        Assert.Equal(source.ToArray(), copy.ToArray());
        Assert.Equal(7, copy["KEY7"]);
        copy["key1"] = 1000;
        Assert.Equal(1, source["key1"]);
    }

    [Fact]
    public void The_version_a_block_copy_compares_is_read_and_moves_when_an_entry_is_added()
    {
        var read = CollectionVersion<Dictionary<string, int>>.Read;
        Assert.NotNull(read);
        var dictionary = new Dictionary<string, int> { ["a"] = 1 };

        var before = read!(dictionary);
        dictionary.Add("b", 2);

        // An addition moves it. (Overwriting, removing or clearing does not on .NET Core, and does not break an
        // enumeration there either: the block copy reports what an enumerator would.)
        Assert.NotEqual(before, read(dictionary));
        Assert.NotNull(CollectionVersion<List<int>>.Read);
    }
}
