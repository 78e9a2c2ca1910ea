using System.Collections.Generic;
using DeepCopy.Core.Engine;
using Xunit;

namespace DeepCopy.Tests.Engine;

/// <summary>
/// The identity map: lookups by reference only, across growth and table segments. With a few hundred thousand keys,
/// identity hashes collide, so the paths that compare a stored hash and then the key itself are exercised too.
/// </summary>
public sealed class IdentityMapTests
{
    private sealed class EqualToEverything
    {
        public override bool Equals(object? obj) => true;

        public override int GetHashCode() => 1;
    }

    [Fact]
    public void HomeSlot_is_the_slot_a_lookup_starts_at()
    {
        var map = new IdentityMap();
        var key = new object();
        Assert.Equal(0, map.HomeSlot(key));

        Assert.False(map.TryGetValue(key, out _, out var emptySlot, out var hash));
        map.AddAt(emptySlot, map.Count, key, hash, "copy");

        // Alone in the table, the key sits in its home slot, which holds its identity hash and its pair's index.
        var entry = map.HomeSlot(key);
        Assert.Equal(hash, (int)(entry >> 32));
        Assert.Equal(1, (int)entry);
    }

    [Fact]
    public void IndexOf_gives_the_order_of_insertion_across_growth()
    {
        var map = new IdentityMap();
        var keys = new List<object>();
        for (var i = 0; i < 50_000; i++)
        {
            var key = new EqualToEverything();
            keys.Add(key);
            map.Add(key, null);
        }

        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(i, map.IndexOf(keys[i]));
        }

        Assert.Equal(-1, map.IndexOf(new EqualToEverything()));
    }

    [Fact]
    public void Every_key_finds_its_own_value_after_growth()
    {
        var map = new IdentityMap();
        var keys = new List<object>();
        for (var i = 0; i < 300_000; i++)
        {
            var key = new object();
            keys.Add(key);
            Assert.False(map.TryGetValue(key, out _, out var emptySlot, out var hash));
            map.AddAt(emptySlot, map.Count, key, hash, i);
        }

        Assert.Equal(300_000, map.Count);
        Assert.True(map.Capacity >= 400_000, "the table keeps at least a quarter of its slots free");
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.True(map.TryGetValue(keys[i], out var value));
            Assert.Equal(i, value);
        }

        Assert.False(map.TryGetValue(new object(), out _));
    }

    [Fact]
    public void A_small_use_of_a_large_map_clears_only_its_slots_and_leaves_the_map_sound()
    {
        var map = new IdentityMap();
        var large = new List<object>();
        for (var i = 0; i < 100_000; i++)
        {
            large.Add(new object());
            map.Add(large[i], i);
        }

        map.Clear();
        Assert.Equal(0, map.OccupiedSlots);
        for (var round = 0; round < 3; round++)
        {
            var small = new List<object>();
            for (var i = 0; i < 50; i++)
            {
                small.Add(new object());
                map.Add(small[i], i);
            }

            Assert.All(small, key => Assert.True(map.TryGetValue(key, out _)));
            Assert.Equal(50, map.OccupiedSlots);
            map.Clear();
            Assert.Equal(0, map.Count);
            Assert.Equal(0, map.OccupiedSlots);
            Assert.All(small, key => Assert.False(map.TryGetValue(key, out _)));
        }

        Assert.All(large, key => Assert.False(map.TryGetValue(key, out _)));
        map.Add(large[7], "again");
        Assert.True(map.TryGetValue(large[7], out var value));
        Assert.Equal("again", value);
    }

    [Fact]
    public void A_map_expecting_many_keys_starts_small()
    {
        var map = IdentityMap.ForExpectedCount(1_000_000);
        map.Add(new object(), 1);
        map.Add(new object(), 2);

        Assert.Equal(16, map.Capacity);
    }

    [Fact]
    public void A_map_expecting_many_keys_grows_straight_to_their_size_once_a_quarter_are_in()
    {
        const int Expected = 100_000;
        var map = IdentityMap.ForExpectedCount(Expected);
        var capacities = new List<int>();
        var keys = new List<object>();
        for (var i = 0; i < Expected; i++)
        {
            keys.Add(new object());
            map.Add(keys[i], i);
            if (capacities.Count == 0 || capacities[capacities.Count - 1] != map.Capacity)
            {
                capacities.Add(map.Capacity);
            }
        }

        // Doubling up to a quarter of the keys, then one step to a table that holds them all.
        var last = capacities[capacities.Count - 1];
        var beforeJump = capacities[capacities.Count - 2];
        Assert.True(last >= Expected * 4 / 3, "the final table holds every expected key below three-quarters load");
        Assert.True(last >= beforeJump * 4, $"the table jumped from {beforeJump} to {last} slots");
        Assert.All(keys, key => Assert.True(map.TryGetValue(key, out _)));
    }

    [Fact]
    public void Keys_are_told_apart_by_reference_not_by_equality()
    {
        var map = new IdentityMap();
        var first = new EqualToEverything();
        var second = new EqualToEverything();
        map.Add(first, "first");

        Assert.False(map.TryGetValue(second, out _));
        map.Add(second, "second");
        Assert.True(map.TryGetValue(first, out var one));
        Assert.True(map.TryGetValue(second, out var two));
        Assert.Equal("first", one);
        Assert.Equal("second", two);
    }

    [Fact]
    public void AddAt_after_another_insert_falls_back_to_a_fresh_probe()
    {
        var map = new IdentityMap();
        var first = new object();
        var second = new object();
        map.TryGetValue(first, out _, out var firstSlot, out var firstHash);
        map.TryGetValue(second, out _, out var secondSlot, out var secondHash);
        var countAtLookup = map.Count;

        map.AddAt(firstSlot, countAtLookup, first, firstHash, 1);
        map.AddAt(secondSlot, countAtLookup, second, secondHash, 2); // stale slot: the count moved, so it probes again

        Assert.True(map.TryGetValue(first, out var one));
        Assert.True(map.TryGetValue(second, out var two));
        Assert.Equal(1, one);
        Assert.Equal(2, two);
    }

    [Fact]
    public void Clear_forgets_every_key_and_the_map_is_reusable()
    {
        var map = new IdentityMap();
        var keys = new List<object>();
        for (var i = 0; i < 10_000; i++)
        {
            keys.Add(new object());
            map.Add(keys[i], i);
        }

        map.Clear();
        Assert.Equal(0, map.Count);
        Assert.All(keys, key => Assert.False(map.TryGetValue(key, out _)));
        map.Add(keys[5], "again");
        Assert.True(map.TryGetValue(keys[5], out var value));
        Assert.Equal("again", value);
    }
}
