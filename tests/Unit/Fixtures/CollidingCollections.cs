using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using DeepCopy.Core;

namespace DeepCopy.Tests.Fixtures;

/// <summary>
/// Every hashed or sorted collection kind the engine rebuilds around copied keys, filled with three
/// <see cref="CollidingKey"/>s of which the first and the last become equal in a copy that drops a field, and the
/// options that drop it for each cause.
/// </summary>
public static class CollidingCollections
{
    public static readonly string[] Kinds =
    {
        "Dictionary", "HashSet", "SortedSet", "SortedDictionary", "SortedList`2", "OrderedDictionary`2",
        "ConcurrentDictionary", "ImmutableDictionary", "ImmutableHashSet", "ImmutableDictionary.Builder",
        "ImmutableHashSet.Builder", "ImmutableSortedSet", "ImmutableSortedDictionary", "FrozenDictionary", "FrozenSet", "Lookup", "Hashtable", "SortedList",
        "OrderedDictionary", "Synchronized Hashtable", "Dictionary subclass", "HashSet subclass",
        "ConcurrentDictionary subclass", "Hashtable subclass",
    };

    public static readonly string[] Causes = { "DeepCopyIgnore", "NonCopyableAction Null", "Null type policy" };

    public static DeepCopyOptions Options(string cause, DeepCopyStrategy strategy) => cause switch
    {
        "DeepCopyIgnore" => new DeepCopyOptions { Strategy = strategy },
        "NonCopyableAction Null" => new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null },
        "Null type policy" => new DeepCopyOptions { Strategy = strategy, TypePolicies = TypePolicySet.CreateBuilder().SetNull(typeof(KeySession)).Build() },
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    /// <summary>Three distinct keys; the first and the last differ only in the field <paramref name="cause"/> drops.</summary>
    public static CollidingKey[] Keys(string cause)
    {
        CollidingKey Make(int id, int variant) => cause switch
        {
            "DeepCopyIgnore" => new CollidingKey { Id = id, Ignored = variant },
            "NonCopyableAction Null" => new CollidingKey { Id = id, Handle = new MemoryStream(new byte[variant]) },
            "Null type policy" => new CollidingKey { Id = id, Session = new KeySession { Number = variant } },
            _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
        };

        return new[] { Make(1, 1), Make(2, 1), Make(1, 2) };
    }

    public static object Make(string kind, CollidingKey[] keys)
    {
        var pairs = keys.Select((key, index) => new KeyValuePair<CollidingKey, string>(key, "v" + index)).ToArray();
        return kind switch
        {
            "Dictionary" => new Dictionary<CollidingKey, string>(pairs),
            "HashSet" => new HashSet<CollidingKey>(keys),
            "SortedSet" => new SortedSet<CollidingKey>(keys),
            "SortedDictionary" => new SortedDictionary<CollidingKey, string>(pairs.ToDictionary(p => p.Key, p => p.Value)),
            "SortedList`2" => new SortedList<CollidingKey, string>(pairs.ToDictionary(p => p.Key, p => p.Value)),
            "OrderedDictionary`2" => new OrderedDictionary<CollidingKey, string>(pairs),
            "ConcurrentDictionary" => new ConcurrentDictionary<CollidingKey, string>(pairs),
            "ImmutableDictionary" => ImmutableDictionary.CreateRange(pairs),
            "ImmutableHashSet" => ImmutableHashSet.CreateRange(keys),
            "ImmutableSortedSet" => ImmutableSortedSet.CreateRange(keys),
            "ImmutableSortedDictionary" => ImmutableSortedDictionary.CreateRange(pairs),
            "ImmutableDictionary.Builder" => ImmutableDictionary.CreateRange(pairs).ToBuilder(),
            "ImmutableHashSet.Builder" => ImmutableHashSet.CreateRange(keys).ToBuilder(),
            "FrozenDictionary" => pairs.ToFrozenDictionary(),
            "FrozenSet" => keys.ToFrozenSet(),
            "Lookup" => keys.ToLookup(key => key),
            "Hashtable" => Fill(new Hashtable(), pairs),
            "SortedList" => Fill(new SortedList(), pairs),
            "OrderedDictionary" => Fill(new System.Collections.Specialized.OrderedDictionary(), pairs),
            "Synchronized Hashtable" => Hashtable.Synchronized(Fill(new Hashtable(), pairs)),
            "Dictionary subclass" => Fill(new KeyDictionary(), pairs),
            "HashSet subclass" => new KeySet(keys),
            "ConcurrentDictionary subclass" => Fill(new KeyConcurrentDictionary(), pairs),
            "Hashtable subclass" => Fill(new KeyTable(), pairs),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>The source's keys (set elements, lookup keys) in the order its enumerator gives them.</summary>
    public static List<object> EnumeratedKeys(object collection)
    {
        var keys = new List<object>();
        foreach (var item in (IEnumerable)collection)
        {
            keys.Add(item switch
            {
                DictionaryEntry entry => entry.Key,
                KeyValuePair<CollidingKey, string> pair => pair.Key,
                IGrouping<CollidingKey, CollidingKey> grouping => grouping.Key,
                _ => item!,
            });
        }

        return keys;
    }

    private static T Fill<T>(T dictionary, KeyValuePair<CollidingKey, string>[] pairs)
        where T : IDictionary
    {
        foreach (var pair in pairs)
        {
            dictionary.Add(pair.Key, pair.Value);
        }

        return dictionary;
    }

    private sealed class KeyDictionary : Dictionary<CollidingKey, string>
    {
    }

    private sealed class KeySet : HashSet<CollidingKey>
    {
        public KeySet(IEnumerable<CollidingKey> keys)
            : base(keys)
        {
        }
    }

    private sealed class KeyConcurrentDictionary : ConcurrentDictionary<CollidingKey, string>
    {
    }

    private sealed class KeyTable : Hashtable
    {
    }
}
