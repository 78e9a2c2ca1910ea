using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Read-only wrappers stay read-only and wrap a copy of what they wrapped, never the source's collection.</summary>
public sealed class ReadOnlyWrapperTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ReadOnlyCollection_wraps_a_copy(DeepCopyStrategy strategy)
    {
        var source = new List<List<int>> { new List<int> { 1 }, new List<int> { 2 } }.AsReadOnly();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.IsType<ReadOnlyCollection<List<int>>>(copy);
        Assert.NotSame(source[0], copy[0]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ReadOnlyCollection_and_its_list_in_one_graph_stay_connected(DeepCopyStrategy strategy)
    {
        var list = new List<int> { 1, 2 };
        var source = new View { List = list, ReadOnly = list.AsReadOnly() };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        copy.List!.Add(3);

        Assert.Equal(3, copy.ReadOnly!.Count);
        Assert.Equal(2, source.ReadOnly!.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ReadOnlyDictionary_wraps_a_copy_with_the_comparer(DeepCopyStrategy strategy)
    {
        var inner = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase) { ["Key"] = new List<int> { 1 } };
        var source = new ReadOnlyDictionary<string, List<int>>(inner);
        Assert.Single(source.Keys);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.True(copy.ContainsKey("KEY"));
        Assert.NotSame(source["key"], copy["key"]);
        Assert.Single(copy.Keys);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ReadOnly_ArrayList_stays_read_only(DeepCopyStrategy strategy)
    {
        var source = ArrayList.ReadOnly(new ArrayList { 1, new ArrayList { 2 } });

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(source.GetType(), copy.GetType());
        Assert.True(copy.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => copy.Add(3));
        GraphAssert.IsDeepCopy(source, copy);
    }

    private sealed class View
    {
        public List<int>? List;

        public ReadOnlyCollection<int>? ReadOnly;
    }
}
