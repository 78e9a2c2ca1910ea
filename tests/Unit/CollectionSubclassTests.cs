using System.Collections;
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
