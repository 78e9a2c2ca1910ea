using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>User subclasses of framework collections keep their type, their own fields and their entries.</summary>
public sealed class CollectionSubclassTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Hashtable_subclass_keeps_its_type_fields_and_entries(DeepCopyStrategy strategy)
    {
        var source = new TaggedTable { Tag = "tag", Extra = new List<int> { 1 } };
        source["a"] = new List<int> { 2 };

        var copy = DeepCopier.Copy<Hashtable>(source, new DeepCopyOptions { Strategy = strategy });

        var tagged = Assert.IsType<TaggedTable>(copy);
        Assert.Equal("tag", tagged.Tag);
        Assert.NotSame(source.Extra, tagged.Extra);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void List_subclass_keeps_its_type_fields_and_items(DeepCopyStrategy strategy)
    {
        var source = new TitledList { Title = "t" };
        source.Add(new List<int> { 1 });

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal("t", copy.Title);
        Assert.NotSame(source[0], copy[0]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    public static TheoryData<DeepCopyStrategy, string> HashedKinds => Strategies.With(
        "ConcurrentDictionary subclass", "generic OrderedDictionary subclass", "Hashtable subclass overriding Clone");

    /// <summary>
    /// A hashed subclass is rebuilt around its base: no constructor or override of the subclass runs, its own fields are
    /// copied deep, and the comparer and entries are kept.
    /// </summary>
    [Theory]
    [MemberData(nameof(HashedKinds))]
    public void Hashed_subclass_is_rebuilt_without_its_code_and_with_its_fields_copied(DeepCopyStrategy strategy, string kind)
    {
        var source = BuildHashed(kind);
        Counters.Reset();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(0, Counters.Constructed);
        Assert.Equal(0, Counters.Cloned);
        Assert.Equal(source.GetType(), copy.GetType());
        var owned = (IOwnsTags)copy;
        Assert.NotSame(((IOwnsTags)source).Tags, owned.Tags);
        Assert.Equal(new[] { 1 }, owned.Tags);
        Assert.True(((IDictionary)copy).Contains("KEY"), "The copied " + kind + " lost its case-insensitive comparer.");
        GraphAssert.IsDeepCopy(source, copy);
    }

    private static object BuildHashed(string kind)
    {
        switch (kind)
        {
            case "ConcurrentDictionary subclass":
                var concurrent = new TaggedConcurrent();
                concurrent["key"] = new List<int> { 2 };
                return concurrent;
            case "generic OrderedDictionary subclass":
                var ordered = new TaggedOrdered();
                ordered["key"] = new List<int> { 2 };
                ordered["other"] = new List<int> { 3 };
                return ordered;
            case "Hashtable subclass overriding Clone":
                return new CloningTable { ["key"] = new List<int> { 2 } };
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case.");
        }
    }

    private static class Counters
    {
        public static int Constructed;
        public static int Cloned;

        public static void Reset() => Constructed = Cloned = 0;
    }

    private interface IOwnsTags
    {
        List<int> Tags { get; }
    }

    private sealed class TaggedConcurrent : ConcurrentDictionary<string, List<int>>, IOwnsTags
    {
        public TaggedConcurrent()
            : base(StringComparer.OrdinalIgnoreCase)
        {
            Counters.Constructed++;
        }

        public List<int> Tags { get; } = new List<int> { 1 };
    }

    private sealed class TaggedOrdered : OrderedDictionary<string, List<int>>, IOwnsTags
    {
        public TaggedOrdered()
            : base(StringComparer.OrdinalIgnoreCase)
        {
            Counters.Constructed++;
        }

        public List<int> Tags { get; } = new List<int> { 1 };
    }

    private sealed class CloningTable : Hashtable, IOwnsTags
    {
        public CloningTable()
            : base(StringComparer.OrdinalIgnoreCase)
        {
            Counters.Constructed++;
        }

        public List<int> Tags { get; private set; } = new List<int> { 1 };

        public override object Clone()
        {
            Counters.Cloned++;
            var clone = new CloningTable { Tags = Tags };
            foreach (DictionaryEntry entry in this)
            {
                clone[entry.Key] = entry.Value;
            }

            return clone;
        }
    }

    private sealed class TaggedTable : Hashtable
    {
        public string? Tag;

        public List<int>? Extra;
    }

    private sealed class TitledList : List<List<int>>
    {
        public string? Title;
    }
}
