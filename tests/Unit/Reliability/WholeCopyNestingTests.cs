using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// Immutable and frozen collections and lookups are built whole when their copy is made, so a value that is itself
/// such a collection must be copied first. That used to recurse once per level, and a few thousand levels overflowed a
/// 1 MB stack and killed the process. Each test runs on a 1 MB stack, so passing proves the nesting no longer recurses.
/// </summary>
public sealed class WholeCopyNestingTests
{
    private const int Depth = 10_000;

    public static TheoryData<DeepCopyStrategy, string> Kinds => Strategies.With(
        "ImmutableDictionary value", "ImmutableDictionary key", "ImmutableHashSet", "FrozenDictionary", "FrozenSet",
        "Lookup", "ImmutableDictionary through a struct", "mixed");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Deeply_nested_whole_copy_collections_copy_on_a_one_megabyte_stack(DeepCopyStrategy strategy, string kind)
    {
        SmallStackThread.Run(() =>
        {
            var source = Build(kind, Depth);

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            var sourceLinks = Links(source);
            var copyLinks = Links(copy);
            Assert.Equal(sourceLinks.Count, copyLinks.Count);
            for (var i = 0; i < sourceLinks.Count - 1; i++)
            {
                if (ReferenceEquals(sourceLinks[i], copyLinks[i]) || sourceLinks[i].GetType() != copyLinks[i].GetType())
                {
                    throw new XunitException("The copied chain differs from its source at link " + i + ".");
                }
            }

            Assert.Equal("end", copyLinks[^1]);
        });
    }

    /// <summary>Copying a shallow chain keeps the usual deep-copy guarantees on every link.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Nested_whole_copy_collections_are_deep_copies(DeepCopyStrategy strategy, string kind)
    {
        var source = Build(kind, 100);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        GraphAssert.IsDeepCopy(source, copy);
    }

    private static object Build(string kind, int depth)
    {
        object current = "end";
        for (var i = 0; i < depth; i++)
        {
            current = Wrap(kind == "mixed" ? MixedKinds[i % MixedKinds.Length] : kind, current, i);
        }

        return current;
    }

    private static readonly string[] MixedKinds =
    {
        "ImmutableDictionary value", "FrozenDictionary", "ImmutableHashSet", "Lookup", "FrozenSet", "ImmutableDictionary through a struct",
        "ImmutableDictionary key",
    };

    private static object Wrap(string kind, object inner, int level) => kind switch
    {
        "ImmutableDictionary value" => ImmutableDictionary<string, object>.Empty.Add("n", inner).Add("list", new List<int> { level }),
        "ImmutableDictionary key" => ImmutableDictionary<object, int>.Empty.Add(inner, level),
        "ImmutableHashSet" => ImmutableHashSet<object>.Empty.Add(inner),
        "FrozenDictionary" => new Dictionary<string, object> { ["n"] = inner, ["list"] = new List<int> { level } }.ToFrozenDictionary(),
        "FrozenSet" => new[] { inner }.ToFrozenSet(),
        "Lookup" => new[] { inner }.ToLookup(_ => "n"),
        "ImmutableDictionary through a struct" => ImmutableDictionary<string, Link>.Empty.Add("n", new Link { Next = inner, Data = new List<int> { level } }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case."),
    };

    /// <summary>The chain's links from the outside in, read without recursion.</summary>
    private static List<object> Links(object root)
    {
        var links = new List<object>();
        object? current = root;
        while (current != null)
        {
            links.Add(current);
            current = current switch
            {
                ImmutableDictionary<string, object> d => d["n"],
                ImmutableDictionary<object, int> d => d.Keys.Single(),
                ImmutableHashSet<object> s => s.Single(),
                FrozenDictionary<string, object> d => d["n"],
                FrozenSet<object> s => s.Single(),
                ILookup<string, object> l => l["n"].Single(),
                ImmutableDictionary<string, Link> d => d["n"].Next,
                _ => null,
            };
        }

        return links;
    }

    private struct Link
    {
        public object? Next;
        public List<int>? Data;
    }
}
