using System;
using System.Collections;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// The framework's hashed collections that are rebuilt by name (generic OrderedDictionary, frozen collections,
/// System.Linq lookups): beyond finding identity keys (IdentityKeyTests), the copy keeps the runtime type, the
/// comparer, the order, sharing between values, and cycles back to the collection.
/// </summary>
public sealed class FrameworkHashedCollectionTests
{
    public static TheoryData<DeepCopyStrategy, string> Kinds => Strategies.With(
        "generic OrderedDictionary", "FrozenDictionary", "FrozenSet", "Lookup");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Keeps_type_comparer_order_and_shared_values(DeepCopyStrategy strategy, string kind)
    {
        var shared = new List<int> { 7 };
        var source = Build(kind, shared);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.GetType(), copy.GetType());
        Assert.Equal(Keys(source), Keys(copy));
        Assert.True(ContainsIgnoringCase(copy, "KEY-07"), "The copy lost its case-insensitive comparer.");
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_value_that_leads_back_to_its_frozen_dictionary_leads_to_the_copy(DeepCopyStrategy strategy)
    {
        var holder = new Holder();
        var source = Enumerable.Range(0, 20).ToFrozenDictionary(i => "k" + i, _ => holder);
        holder.Back = source;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(holder, copy["k3"]);
        Assert.Same(copy, copy["k3"].Back);
        Assert.Same(copy["k3"], copy["k19"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_empty_lookup_copies(DeepCopyStrategy strategy)
    {
        var source = Array.Empty<string>().ToLookup(text => text);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(0, copy.Count);
        Assert.Equal(source.GetType(), copy.GetType());
    }

    private static object Build(string kind, List<int> shared)
    {
        var keys = Enumerable.Range(1, 16).Select(i => "key-" + i.ToString("00")).ToArray();
        var comparer = StringComparer.OrdinalIgnoreCase;
        switch (kind)
        {
            case "generic OrderedDictionary":
                var ordered = new OrderedDictionary<string, List<int>>(comparer);
                foreach (var key in keys.Reverse())
                {
                    ordered.Add(key, key == "key-03" ? new List<int> { 3 } : shared);
                }

                return ordered;
            case "FrozenDictionary":
                return keys.ToFrozenDictionary(key => key, key => key == "key-03" ? new List<int> { 3 } : shared, comparer);
            case "FrozenSet":
                return keys.ToFrozenSet(comparer);
            case "Lookup":
                return keys.Concat(keys.Take(4)).ToLookup(key => key, key => key == "key-03" ? new List<int> { 3 } : shared, comparer);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case.");
        }
    }

    private static List<string> Keys(object collection) => collection switch
    {
        IDictionary dictionary => dictionary.Keys.Cast<string>().ToList(),
        ILookup<string, List<int>> lookup => lookup.Select(grouping => grouping.Key).ToList(),
        IEnumerable<string> set => set.ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection.GetType(), "Not a keyed collection."),
    };

    private static bool ContainsIgnoringCase(object collection, string key) => collection switch
    {
        IDictionary dictionary => dictionary.Contains(key),
        ILookup<string, List<int>> lookup => lookup.Contains(key),
        ISet<string> set => set.Contains(key),
        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection.GetType(), "Not a keyed collection."),
    };

    private sealed class Holder
    {
        public FrozenDictionary<string, Holder>? Back;
    }
}
