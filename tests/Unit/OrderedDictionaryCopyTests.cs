using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// An OrderedDictionary (<c>[ordered]@{}</c>) is rebuilt by adding its entries to a new one with the source's comparer:
/// after removals and insertions in the middle, the copy lists them in the source's order, is a dictionary of its own,
/// keeps sharing and cycles through its values, and copies keys that are objects.
/// </summary>
public sealed class OrderedDictionaryCopyTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_dictionary_with_removed_and_inserted_entries_copies_in_order_with_its_comparer(DeepCopyStrategy strategy)
    {
        var source = Edited();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.Keys.Cast<string>(), copy.Keys.Cast<string>());
        Assert.Equal(Enumerable.Range(0, source.Count).Select(i => ((Node)source[i]!).Value), Enumerable.Range(0, copy.Count).Select(i => ((Node)copy[i]!).Value));
        Assert.Same(copy[0], copy["FIRST"]);
        Assert.NotSame(source["first"], copy["first"]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Writing_to_the_copy_leaves_the_source_as_it_was(DeepCopyStrategy strategy)
    {
        var source = Edited();
        var keys = source.Keys.Cast<string>().ToList();
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        copy.Insert(0, "front", 1);
        copy["first"] = "replaced";
        copy.RemoveAt(copy.Count - 1);
        for (var i = 0; i < 50; i++)
        {
            copy["more" + i] = i;
        }

        before.AssertUnchanged(source);
        Assert.Equal(keys, source.Keys.Cast<string>());
        Assert.Equal("replaced", copy["FIRST"]);
        Assert.Equal(1, copy[0]);
        Assert.Equal(49, copy["MORE49"]);
        Assert.False(source.Contains("front"));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Shared_values_and_a_cycle_through_the_dictionary_keep_their_shape(DeepCopyStrategy strategy)
    {
        var shared = new Node { Value = 7 };
        var source = new OrderedDictionary(StringComparer.OrdinalIgnoreCase) { ["a"] = shared, ["b"] = shared };
        source["self"] = source;
        source["list"] = new List<object> { source, shared };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Same(copy, copy["self"]);
        Assert.Same(copy, copy[2]);
        Assert.Same(copy["a"], copy["b"]);
        Assert.Same(copy[0], copy[1]);
        Assert.Same(copy, ((List<object>)copy["list"]!)[0]);
        Assert.Same(copy["a"], ((List<object>)copy["list"]!)[1]);
        Assert.NotSame(shared, copy["a"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_read_only_dictionary_copies_read_only(DeepCopyStrategy strategy)
    {
        var source = Edited().AsReadOnly();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => copy["x"] = 1);
        Assert.Equal(source.Keys.Cast<string>(), copy.Keys.Cast<string>());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_dictionary_whose_keys_are_copied_is_rebuilt_with_copied_keys(DeepCopyStrategy strategy)
    {
        var key = new List<int> { 1 };
        var source = new OrderedDictionary { [key] = new Node { Value = 1 }, ["text"] = new Node { Value = 2 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var copiedKey = copy.Keys.OfType<List<int>>().Single();
        Assert.NotSame(key, copiedKey);
        Assert.Equal(1, ((Node)copy[copiedKey]!).Value);
        Assert.Equal(2, ((Node)copy[1]!).Value);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_of_a_copy_is_a_copy_too(DeepCopyStrategy strategy)
    {
        var source = Edited();
        var options = new DeepCopyOptions { Strategy = strategy };

        var copy = DeepCopier.Copy(DeepCopier.Copy(source, options), options)!;

        Assert.Equal(source.Keys.Cast<string>(), copy.Keys.Cast<string>());
        GraphAssert.IsDeepCopy(source, copy);
    }

    /// <summary>Grown past its first size, then entries removed and inserted in the middle, so list order and bucket order differ.</summary>
    private static OrderedDictionary Edited()
    {
        var dictionary = new OrderedDictionary(StringComparer.OrdinalIgnoreCase) { ["first"] = new Node { Value = 0 } };
        for (var i = 1; i <= 30; i++)
        {
            dictionary["key" + i] = new Node { Value = i };
        }

        for (var i = 5; i <= 25; i++)
        {
            dictionary.Remove("key" + i);
        }

        dictionary.Insert(3, "inserted", new Node { Value = 100 });
        return dictionary;
    }
}
