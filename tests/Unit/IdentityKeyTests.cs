using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// Keys that hash by identity: the copy of such a key has a new hash, so a hashed collection must be rebuilt around
/// the copied keys, never copied bucket by bucket. The copied key is found through another path in the graph.
/// </summary>
public sealed class IdentityKeyTests
{
    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(
        "Dictionary", "Hashtable", "OrderedDictionary", "ConcurrentDictionary", "HashSet", "ReadOnlyDictionary",
        "Dictionary subclass", "ImmutableDictionary", "ImmutableHashSet", "generic OrderedDictionary", "FrozenDictionary",
        "small FrozenDictionary", "FrozenSet", "Lookup", "ImmutableDictionary builder", "ImmutableHashSet builder",
        "ConcurrentDictionary subclass", "generic OrderedDictionary subclass", "Hashtable subclass overriding Clone");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Copied_identity_key_is_found_in_the_copied_collection(DeepCopyStrategy strategy, string kind)
    {
        var favourite = new IdentityKey(1);
        var source = new Keyed { Favourite = favourite, Map = Build(kind, favourite, new IdentityKey(2)) };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(favourite, copy.Favourite);
        Assert.True(Contains(copy.Map!, copy.Favourite!), "The copied key is not found in the copied " + kind + ".");
        GraphAssert.IsDeepCopy(source, copy);
    }

    private static object Build(string kind, IdentityKey first, IdentityKey second)
    {
        var dictionary = new Dictionary<IdentityKey, string> { [first] = "first", [second] = "second" };
        return kind switch
        {
            "Dictionary" => dictionary,
            "Hashtable" => new Hashtable { [first] = "first", [second] = new List<int> { 2 } },
            "OrderedDictionary" => new OrderedDictionary { [first] = "first", [second] = "second" },
            "ConcurrentDictionary" => new ConcurrentDictionary<IdentityKey, string>(dictionary),
            "HashSet" => new HashSet<IdentityKey> { first, second },
            "ReadOnlyDictionary" => new ReadOnlyDictionary<IdentityKey, string>(dictionary),
            "Dictionary subclass" => new KeyedMap { [first] = "first", [second] = "second" },
            "ImmutableDictionary" => dictionary.ToImmutableDictionary(),
            "ImmutableHashSet" => ImmutableHashSet.Create(first, second),
            "generic OrderedDictionary" => new OrderedDictionary<IdentityKey, string> { [first] = "first", [second] = "second" },
            "FrozenDictionary" => ManyKeys(first, second).ToFrozenDictionary(key => key, key => key.Id.ToString()),
            "small FrozenDictionary" => dictionary.ToFrozenDictionary(),
            "FrozenSet" => ManyKeys(first, second).ToFrozenSet(),
            "Lookup" => ManyKeys(first, second).ToLookup(key => key, key => new List<int> { key.Id }),
            "ImmutableDictionary builder" => ManyKeys(first, second).ToImmutableDictionary(key => key, key => new List<int> { key.Id }).ToBuilder(),
            "ImmutableHashSet builder" => ManyKeys(first, second).ToImmutableHashSet().ToBuilder(),
            "ConcurrentDictionary subclass" => new ConcurrentMap { [first] = "first", [second] = "second" },
            "generic OrderedDictionary subclass" => new OrderedMap { [first] = "first", [second] = "second" },
            "Hashtable subclass overriding Clone" => new CloningTable { [first] = "first", [second] = new List<int> { 2 } },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case."),
        };
    }

    private static bool Contains(object collection, IdentityKey key) => collection switch
    {
        IDictionary dictionary => dictionary.Contains(key),
        ISet<IdentityKey> set => set.Contains(key),
        ILookup<IdentityKey, List<int>> lookup => lookup.Contains(key),
        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection.GetType(), "Not a keyed collection."),
    };

    /// <summary>Enough keys that the frozen collections pick their hashing implementations, not a linear scan.</summary>
    private static IdentityKey[] ManyKeys(IdentityKey first, IdentityKey second)
    {
        var keys = new IdentityKey[24];
        keys[0] = first;
        keys[1] = second;
        for (var i = 2; i < keys.Length; i++)
        {
            keys[i] = new IdentityKey(i + 1);
        }

        return keys;
    }

    private sealed class Keyed
    {
        public object? Map;

        public IdentityKey? Favourite;
    }

    private sealed class KeyedMap : Dictionary<IdentityKey, string>
    {
    }

    private sealed class ConcurrentMap : ConcurrentDictionary<IdentityKey, string>
    {
    }

    private sealed class OrderedMap : OrderedDictionary<IdentityKey, string>
    {
    }

    private sealed class CloningTable : Hashtable
    {
        public override object Clone()
        {
            var clone = new CloningTable();
            foreach (DictionaryEntry entry in this)
            {
                clone[entry.Key] = entry.Value;
            }

            return clone;
        }
    }
}
