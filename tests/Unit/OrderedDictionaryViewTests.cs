using System.Collections;
using System.Collections.Specialized;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// The Keys and Values views of an OrderedDictionary (<c>[ordered]@{}</c>) and the read-only dictionary its AsReadOnly
/// returns share the dictionary's entries. Held in the graph beside it, in either order, their copies must show the
/// copied dictionary's entries, including those added after the copy, as the source's do (hunt 27, F4).
/// </summary>
public sealed class OrderedDictionaryViewTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Views_held_after_the_dictionary_follow_its_copy(DeepCopyStrategy strategy)
    {
        var table = new OrderedDictionary { ["a"] = 1 };
        var source = new object[] { table, table.Keys, table.Values, table.AsReadOnly() };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        AssertViewsFollow(copy, tableIndex: 0, keysIndex: 1, valuesIndex: 2, readOnlyIndex: 3);
        Assert.Equal(new[] { "a" }, table.Keys.Cast<string>());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Views_held_before_the_dictionary_follow_its_copy(DeepCopyStrategy strategy)
    {
        var table = new OrderedDictionary { ["a"] = 1 };
        var source = new object[] { table.AsReadOnly(), table.Values, table.Keys, table };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        AssertViewsFollow(copy, tableIndex: 3, keysIndex: 2, valuesIndex: 1, readOnlyIndex: 0);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_values_view_held_first_leaves_the_copy_whole(DeepCopyStrategy strategy)
    {
        var key = new object();
        var table = new OrderedDictionary { [key] = "k", ["b"] = 2 };
        var source = new object[] { table.Values, table };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var tableCopy = (OrderedDictionary)copy[1];
        var keyCopy = tableCopy.Keys.Cast<object>().First();
        Assert.NotSame(key, keyCopy);
        Assert.Equal("k", tableCopy[keyCopy]);
        Assert.Equal(2, tableCopy["b"]);
        tableCopy["c"] = 3;
        Assert.Equal(new object[] { "k", 2, 3 }, ((ICollection)copy[0]).Cast<object>());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_read_only_view_copied_alone_stays_read_only_and_whole(DeepCopyStrategy strategy)
    {
        var table = new OrderedDictionary { ["a"] = new[] { 1 } };
        var source = table.AsReadOnly();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.IsReadOnly);
        Assert.Equal(new[] { 1 }, (int[])copy["a"]!);
        Assert.NotSame(table["a"], copy["a"]);
    }

    private static void AssertViewsFollow(object[] copy, int tableIndex, int keysIndex, int valuesIndex, int readOnlyIndex)
    {
        var tableCopy = (OrderedDictionary)copy[tableIndex];
        var readOnly = (OrderedDictionary)copy[readOnlyIndex];
        Assert.False(tableCopy.IsReadOnly);
        Assert.True(readOnly.IsReadOnly);

        tableCopy["b"] = 2;

        Assert.Equal(new[] { "a", "b" }, ((ICollection)copy[keysIndex]).Cast<string>());
        Assert.Equal(new object[] { 1, 2 }, ((ICollection)copy[valuesIndex]).Cast<object>());
        Assert.Equal(new[] { "a", "b" }, readOnly.Keys.Cast<string>());
        Assert.Equal(2, readOnly["b"]);
    }
}
