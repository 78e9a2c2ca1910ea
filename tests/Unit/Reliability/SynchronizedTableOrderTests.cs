using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures.Synchronized;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// The table a synchronized wrapper guards is copied as it would be alone (hunt 31): a table whose keys the copy shares
/// is copied bucket by bucket, so it lists its keys in its source's order even after it grew and lost entries, whether
/// the copy reaches the wrapper or the table first.
/// </summary>
public sealed class SynchronizedTableOrderTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_synchronized_grown_and_trimmed_table_keeps_its_key_order(DeepCopyStrategy strategy)
    {
        var table = GrownAndTrimmed(new Hashtable(StringComparer.OrdinalIgnoreCase));
        Assert.NotEqual(table.Keys.Cast<object>(), new Hashtable(table, StringComparer.OrdinalIgnoreCase).Keys.Cast<object>());

        var copy = DeepCopier.Copy(Hashtable.Synchronized(table), new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.IsSynchronized);
        Assert.Equal(table.Keys.Cast<object>(), copy.Keys.Cast<object>());
        Assert.Equal(table.Keys.Cast<object>(), Inner(copy).Keys.Cast<object>());
        Assert.Same(typeof(Hashtable), Inner(copy).GetType());
        Assert.NotSame(table["k40"], copy["K40"]);
        Assert.Equal((List<int>)table["k40"]!, (List<int>)copy["K40"]!);
        Assert.Empty(DeepComparer.Compare(table, Inner(copy)));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_order_is_kept_whether_the_wrapper_or_the_table_is_reached_first(DeepCopyStrategy strategy)
    {
        var table = GrownAndTrimmed(new Hashtable());
        var wrapper = Hashtable.Synchronized(table);
        var options = new DeepCopyOptions { Strategy = strategy };

        var wrapperFirst = DeepCopier.Copy(new object[] { wrapper, table }, options)!;
        var tableFirst = DeepCopier.Copy(new object[] { table, wrapper }, options)!;

        Assert.Same(Inner((Hashtable)wrapperFirst[0]), wrapperFirst[1]);
        Assert.Same(Inner((Hashtable)tableFirst[1]), tableFirst[0]);
        Assert.Equal(table.Keys.Cast<object>(), ((Hashtable)wrapperFirst[1]).Keys.Cast<object>());
        Assert.Equal(table.Keys.Cast<object>(), ((Hashtable)tableFirst[0]).Keys.Cast<object>());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_synchronized_subclass_keeps_its_key_order_and_fields(DeepCopyStrategy strategy)
    {
        var table = (OwnerTable)GrownAndTrimmed(new OwnerTable());

        var copy = DeepCopier.Copy(Hashtable.Synchronized(table), new DeepCopyOptions { Strategy = strategy })!;

        var inner = Assert.IsType<OwnerTable>(Inner(copy));
        Assert.Equal(table.Keys.Cast<object>(), inner.Keys.Cast<object>());
        Assert.Equal(new[] { 5 }, inner.Tags);
        Assert.NotSame(table.Tags, inner.Tags);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_synchronized_table_holding_itself_and_its_wrapper_is_copied_once(DeepCopyStrategy strategy)
    {
        var table = GrownAndTrimmed(new Hashtable());
        var wrapper = Hashtable.Synchronized(table);
        table["self"] = table;
        table["wrapper"] = wrapper;

        var copy = DeepCopier.Copy(wrapper, new DeepCopyOptions { Strategy = strategy })!;

        var inner = Inner(copy);
        Assert.Same(inner, inner["self"]);
        Assert.Same(copy, inner["wrapper"]);
        Assert.Equal(table.Keys.Cast<object>(), inner.Keys.Cast<object>());
    }

    /// <summary>String, number and Guid keys (what <c>@{}</c> and <c>$Matches</c> hold), after growing and losing entries.</summary>
    private static Hashtable GrownAndTrimmed(Hashtable table)
    {
        for (var i = 1; i <= 40; i++)
        {
            table["k" + i] = new List<int> { i };
        }

        for (var i = 3; i <= 30; i++)
        {
            table.Remove("k" + i);
        }

        for (var i = 41; i <= 60; i++)
        {
            table["k" + i] = new List<int> { i };
        }

        table[1] = "int";
        table[Guid.Empty] = "guid";
        return table;
    }

    private static Hashtable Inner(Hashtable wrapper) =>
        (Hashtable)wrapper.GetType().GetField("_table", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(wrapper)!;
}
