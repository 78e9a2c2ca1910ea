using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures.Synchronized;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// A synchronized wrapper is copied as a synchronized wrapper of a faithful copy of the table it wraps: the inner table
/// of the exact type, with its own fields and in its own order, copied as it would be alone, past a user subclass's
/// overrides. Scripts wrap what ConvertFrom-Json -AsHashtable returns (an OrderedHashtable) and tables of their own classes.
/// </summary>
public sealed class SynchronizedInnerTableTests
{
    private static readonly string[] Keys = { "zeta", "alpha", "mike", "bravo", "yankee", "charlie", "xray", "delta" };

    public SynchronizedInnerTableTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_synchronized_OrderedHashtable_keeps_its_type_and_key_order(DeepCopyStrategy strategy)
    {
        var ordered = NewOrderedHashtable();
        for (var i = 0; i < Keys.Length; i++)
        {
            ordered.Add(Keys[i], new[] { i });
        }

        var copy = DeepCopier.Copy(Hashtable.Synchronized(ordered), new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.IsSynchronized);
        Assert.Same(ordered.GetType(), Inner(copy).GetType());
        Assert.Equal(Keys, copy.Keys.Cast<string>().ToArray());
        Assert.Equal(3, ((int[])copy["bravo"]!)[0]);
        Assert.NotSame(ordered["bravo"], copy["bravo"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_synchronized_subclass_keeps_its_type_fields_and_stored_values_and_runs_none_of_its_code(DeepCopyStrategy strategy)
    {
        var table = new OwnerTable { ["pw"] = "hunter2", ["list"] = new[] { 1, 2 } };
        OwnerTable.CloneCalls = 0;

        var copy = DeepCopier.Copy(Hashtable.Synchronized(table), new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.IsSynchronized);
        var inner = Assert.IsType<OwnerTable>(Inner(copy));
        Assert.Equal(new[] { 5 }, inner.Tags);
        Assert.NotSame(table.Tags, inner.Tags);
        Assert.Equal("hunter2", copy["pw"]);
        Assert.Equal(new[] { 1, 2 }, (int[])copy["list"]!);
        Assert.Equal(0, OwnerTable.CloneCalls);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_table_held_alone_and_through_its_wrapper_is_copied_once(DeepCopyStrategy strategy)
    {
        var table = new OwnerTable { ["k"] = "v" };
        table["self"] = table;
        var wrapper = Hashtable.Synchronized(table);

        var copy = DeepCopier.Copy(new object[] { wrapper, table }, new DeepCopyOptions { Strategy = strategy })!;

        var inner = Inner((Hashtable)copy[0]);
        Assert.Same(inner, copy[1]);
        Assert.Same(inner, inner["self"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_synchronized_ArrayList_subclass_keeps_its_type_and_fields(DeepCopyStrategy strategy)
    {
        var list = new OwnerList { 1, "two", new[] { 3 } };

        var copy = DeepCopier.Copy(ArrayList.Synchronized(list), new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.IsSynchronized);
        var inner = Assert.IsType<OwnerList>(typeof(ArrayList).Assembly.GetType("System.Collections.ArrayList+SyncArrayList")!
            .GetField("_list", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(copy));
        Assert.Equal(new[] { "alice" }, inner.Owners);
        Assert.NotSame(list.Owners, inner.Owners);
        Assert.Equal(3, copy.Count);
        Assert.Equal(new[] { 3 }, (int[])copy[2]!);
        Assert.NotSame(list[2], copy[2]);
    }

    [Fact]
    public void The_comparer_sees_another_type_inside_a_synchronized_wrapper()
    {
        var differences = DeepComparer.Compare(
            Hashtable.Synchronized(new OwnerTable { ["a"] = 1 }), Hashtable.Synchronized(new Hashtable { ["a"] = 1 }));

        Assert.Contains(differences, difference => difference.Kind == DeepDifferenceKind.TypeDifferent);
    }

    [Fact]
    public void The_comparer_sees_another_order_inside_a_synchronized_OrderedHashtable()
    {
        var first = NewOrderedHashtable();
        var second = NewOrderedHashtable();
        first.Add("a", 1);
        first.Add("b", 2);
        second.Add("b", 2);
        second.Add("a", 1);

        var differences = DeepComparer.Compare(Hashtable.Synchronized(first), Hashtable.Synchronized(second));

        Assert.Contains(differences, difference => difference.Kind == DeepDifferenceKind.OrderDifferent);
    }

    [Fact]
    public void The_comparer_sees_another_type_inside_a_synchronized_ArrayList()
    {
        var differences = DeepComparer.Compare(ArrayList.Synchronized(new OwnerList { 1 }), ArrayList.Synchronized(new ArrayList { 1 }));

        Assert.Contains(differences, difference => difference.Kind == DeepDifferenceKind.TypeDifferent);
    }

    private static Hashtable NewOrderedHashtable() =>
        (Hashtable)Activator.CreateInstance(typeof(PSObject).Assembly.GetType("System.Management.Automation.OrderedHashtable")!)!;

    private static Hashtable Inner(Hashtable wrapper) =>
        (Hashtable)wrapper.GetType().GetField("_table", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(wrapper)!;
}
