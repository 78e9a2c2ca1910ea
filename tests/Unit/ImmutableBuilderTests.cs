using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// The Builders of System.Collections.Immutable are mutable collections: the copy is a builder of the same type, with
/// the same comparers, order and entries, and it can still be built and changed.
/// </summary>
public sealed class ImmutableBuilderTests
{
    public static TheoryData<DeepCopyStrategy, string> Kinds => Strategies.With(
        "ImmutableDictionary", "ImmutableHashSet", "ImmutableSortedDictionary", "ImmutableSortedSet", "ImmutableList");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Builder_keeps_type_comparer_and_entries(DeepCopyStrategy strategy, string kind)
    {
        var shared = new List<int> { 7 };
        var source = Build(kind, shared);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.GetType(), copy.GetType());
        GraphAssert.IsDeepCopy(source, copy);
        Assert.Equal(Items(source), Items(copy));
        if (kind != "ImmutableList")
        {
            Assert.True(Contains(copy, "KEY-3"), "The copied builder lost its case-insensitive comparer.");
        }
    }

    private static object Build(string kind, List<int> shared)
    {
        var keys = Enumerable.Range(1, 12).Select(i => "key-" + i).ToArray();
        var comparer = StringComparer.OrdinalIgnoreCase;
        return kind switch
        {
            "ImmutableDictionary" => keys.ToImmutableDictionary(key => key, _ => shared, comparer).ToBuilder(),
            "ImmutableHashSet" => keys.ToImmutableHashSet(comparer).ToBuilder(),
            "ImmutableSortedDictionary" => keys.ToImmutableSortedDictionary(key => key, _ => shared, comparer).ToBuilder(),
            "ImmutableSortedSet" => keys.ToImmutableSortedSet(comparer).ToBuilder(),
            "ImmutableList" => keys.Select(_ => shared).ToImmutableList().ToBuilder(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case."),
        };
    }

    private static List<string> Items(object builder) => builder switch
    {
        IDictionary dictionary => dictionary.Keys.Cast<string>().OrderBy(key => key, StringComparer.Ordinal).ToList(),
        IEnumerable<string> set => set.ToList(),
        IList list => list.Cast<List<int>>().Select(item => string.Join(",", item)).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(builder), builder.GetType(), "Not a builder."),
    };

    private static bool Contains(object builder, string key) => builder switch
    {
        IDictionary dictionary => dictionary.Contains(key),
        ISet<string> set => set.Contains(key),
        _ => throw new ArgumentOutOfRangeException(nameof(builder), builder.GetType(), "Not a keyed builder."),
    };
}
