using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DeepCopy.Tests.Fixtures;

/// <summary>
/// Keyed collections of every kind the pending-key tests use, each holding one key, with the lookups the tests make
/// on their copies: whether the collection finds a key, and the one key it lists.
/// </summary>
internal static class SingleKeyCollections
{
    public static object Make(string kind, object key) => kind switch
    {
        "HashSet" => new HashSet<object> { key },
        "Dictionary" => new Dictionary<object, string> { [key] = "v" },
        "Hashtable" => new Hashtable { [key] = "v" },
        "ImmutableHashSet" => ImmutableHashSet.Create(key),
        "ImmutableDictionary" => ImmutableDictionary.Create<object, string>().Add(key, "v"),
        "ConcurrentDictionary" => new ConcurrentDictionary<object, string>(new[] { new KeyValuePair<object, string>(key, "v") }),
        "OrderedDictionary" => new OrderedDictionary<object, string> { [key] = "v" },
        "Lookup" => new[] { key }.ToLookup(k => k),
        _ => throw new ArgumentException(kind),
    };

    public static bool Contains(object collection, object key) => collection switch
    {
        HashSet<object> set => set.Contains(key),
        Dictionary<object, string> dictionary => dictionary.ContainsKey(key),
        Hashtable table => table.ContainsKey(key),
        ImmutableHashSet<object> set => set.Contains(key),
        ImmutableDictionary<object, string> dictionary => dictionary.ContainsKey(key),
        ConcurrentDictionary<object, string> dictionary => dictionary.ContainsKey(key),
        OrderedDictionary<object, string> dictionary => dictionary.ContainsKey(key),
        ILookup<object, object> lookup => lookup.Contains(key) && lookup[key].Single() == key,
        _ => throw new ArgumentException(collection.GetType().Name),
    };

    public static object Single(object collection) => collection switch
    {
        IDictionary dictionary => dictionary.Keys.Cast<object>().Single(),
        ILookup<object, object> lookup => lookup.Single().Key,
        IEnumerable<KeyValuePair<object, string>> pairs => pairs.Single().Key,
        IEnumerable items => items.Cast<object>().Single(),
        _ => throw new ArgumentException(collection.GetType().Name),
    };
}
