using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// A Regex is compared by pattern, options and timeout, but its Equals is identity, so a collection finds a Regex key
/// only by the very instance. Keys and set items of such types are paired by the comparer's rule, as object keys are,
/// not looked up through the other collection: two regexes built apart with one pattern are the same key.
/// </summary>
public sealed class RegexKeyTests
{
    [Fact]
    public void Equal_regex_keys_built_apart_are_paired()
    {
        var reference = new Hashtable { [new Regex("a")] = 1 };
        var difference = new Hashtable { [new Regex("a")] = 1 };

        Assert.Empty(DeepComparer.Compare(reference, difference));
    }

    [Fact]
    public void Equal_regex_set_items_built_apart_are_paired()
    {
        Assert.Empty(DeepComparer.Compare(new HashSet<Regex> { new Regex("a") }, new HashSet<Regex> { new Regex("a") }));
    }

    [Fact]
    public void A_value_under_an_equal_regex_key_is_compared_under_it()
    {
        var reference = new Dictionary<Regex, int> { [new Regex("a")] = 1 };
        var difference = new Dictionary<Regex, int> { [new Regex("a")] = 2 };

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
        Assert.Equal("Expected 1 but found 2.", found.Message);
    }

    [Fact]
    public void Regex_keys_that_differ_in_options_are_not_paired()
    {
        var reference = new Hashtable { [new Regex("a")] = 1 };
        var difference = new Hashtable { [new Regex("a", RegexOptions.IgnoreCase)] = 1 };

        Assert.NotEmpty(DeepComparer.Compare(reference, difference));
    }

    [Fact]
    public void Regex_keys_inside_object_keys_keep_fingerprints_sound()
    {
        // The inner tables' comparer hashes a Regex by identity: the fingerprint must not, or the outer keys never pair.
        static HashSet<object> Build() => new HashSet<object>
        {
            new Hashtable(StringComparer.OrdinalIgnoreCase) { [new Regex("a")] = 1, ["k"] = 2 },
            new Hashtable(StringComparer.OrdinalIgnoreCase) { [new Regex("b")] = 1, ["k"] = 2 },
        };

        Assert.Empty(DeepComparer.Compare(Build(), Build()));
    }
}
