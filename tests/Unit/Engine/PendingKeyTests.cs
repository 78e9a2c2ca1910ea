using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests.Engine;

/// <summary>
/// A key or set element the copy reached earlier in the graph (hunt 27): its copy exists, but its fields wait on the
/// work stack when the collection that keys on it is filled. The key must be finished before the collection hashes it,
/// and filled only once.
/// </summary>
public sealed class PendingKeyTests
{
    private static readonly string[] Kinds =
    {
        "HashSet", "Dictionary", "Hashtable", "ImmutableHashSet", "ImmutableDictionary", "ConcurrentDictionary",
        "OrderedDictionary", "Lookup",
    };

    private static readonly string[] KeyShapes = { "Tuple", "RecordLike" };

    public static TheoryData<DeepCopyStrategy, string, string> KindsAndShapes() => Strategies.Crossed(Kinds, KeyShapes);

    [Theory]
    [MemberData(nameof(KindsAndShapes))]
    public void A_key_reached_first_through_an_earlier_field_is_found_in_the_copied_collection(DeepCopyStrategy strategy, string kind, string shape)
    {
        var key = MakeKey(shape);
        var source = new Holder { A = key, B = SingleKeyCollections.Make(kind, key) };
        Assert.True(SingleKeyCollections.Contains(source.B, source.A));

        var copy = (Holder)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(source.A, copy.A);
        Assert.True(SingleKeyCollections.Contains(copy.B!, copy.A!), kind + " cannot find the copied key");
        Assert.Same(copy.A, SingleKeyCollections.Single(copy.B!));
        Assert.Empty(DeepComparer.Compare(source, copy));
    }

    [Theory]
    [MemberData(nameof(KindsAndShapes))]
    public void A_pending_key_is_filled_once_so_its_child_is_the_one_copy_of_the_source_child(DeepCopyStrategy strategy, string kind, string shape)
    {
        var key = MakeKey(shape);
        var list = ChildOf(key);
        list.Add(7);

        // C is filled first (fields are scheduled in order and popped last first), then B finishes the key early, then
        // A, the key's own pending item, comes off the stack: a second populate would copy the copied list again.
        var source = new Holder { A = key, B = SingleKeyCollections.Make(kind, key), C = list };

        var copy = (Holder)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(list, copy.C);
        Assert.Same(copy.C, ChildOf(copy.A!));
        Assert.Equal(new[] { 7 }, (List<int>)copy.C!);
        Assert.True(SingleKeyCollections.Contains(copy.B!, copy.A!));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Collection_keys_reached_earlier_raise_no_false_collision(DeepCopyStrategy strategy)
    {
        var a = new List<Name> { new Name("1") };
        var b = new List<Name> { new Name("2") };
        var source = new Holder { A = a, B = b, C = new HashSet<List<Name>>(new ByNames()) { a, b } };

        var copy = (Holder)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var set = (HashSet<List<Name>>)copy.C!;
        Assert.Equal(2, set.Count);
        Assert.Contains((List<Name>)copy.A!, set);
        Assert.Contains((List<Name>)copy.B!, set);
        Assert.Equal("1", ((List<Name>)copy.A!)[0].Text);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_key_shared_by_two_collections_after_an_earlier_field_is_found_in_both(DeepCopyStrategy strategy)
    {
        var key = Tuple.Create(new List<int> { 1 });
        var source = new Holder { A = key, B = new HashSet<object> { key }, C = new Hashtable { [key] = "v" } };

        var copy = (Holder)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Contains(copy.A!, (HashSet<object>)copy.B!);
        Assert.True(((Hashtable)copy.C!).ContainsKey(copy.A!));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Many_pending_keys_in_one_set_are_all_found(DeepCopyStrategy strategy)
    {
        // The set is the array's last element, so it is filled first, with every key before it still waiting.
        var keys = Enumerable.Range(0, 3000).Select(i => Tuple.Create(new List<int> { i })).ToArray();
        var source = keys.Cast<object>().Append(new HashSet<object>(keys)).ToArray();

        var copy = (object[])DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var set = (HashSet<object>)copy[^1];
        Assert.All(copy.Take(keys.Length), key => Assert.Contains(key, set));
        Assert.Equal(Enumerable.Range(0, 3000), copy.Take(keys.Length).Select(key => ((Tuple<List<int>>)key).Item1.Single()));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Keys_waiting_below_the_rest_of_a_sliced_array_are_found(DeepCopyStrategy strategy)
    {
        // The big array is filled a slice at a time: the item for its rest waits between the keys and the set.
        var keys = Enumerable.Range(0, 100).Select(i => Tuple.Create(new List<int> { i })).ToArray();
        var big = new object[10_000];
        big[0] = new HashSet<object>(keys);
        big[9_999] = keys[5];
        var source = keys.Cast<object>().Append(big).ToArray();

        var copy = (object[])DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var set = (HashSet<object>)((object[])copy[^1])[0];
        Assert.All(copy.Take(keys.Length), key => Assert.Contains(key, set));
        Assert.Same(copy[5], ((object[])copy[^1])[9_999]);
    }

    private static object MakeKey(string shape) => shape == "Tuple"
        ? Tuple.Create(new List<int>())
        : new ListKey(new List<int>());

    private static List<int> ChildOf(object key) => key is Tuple<List<int>> tuple ? tuple.Item1 : ((ListKey)key).Items;

    public sealed class Holder
    {
        public object? A;
        public object? B;
        public object? C;
    }

    /// <summary>Equal by its list's identity, as a record holding a class instance is.</summary>
    public sealed class ListKey
    {
        public ListKey(List<int> items) => Items = items;

        public List<int> Items { get; }

        public override bool Equals(object? obj) => obj is ListKey other && ReferenceEquals(Items, other.Items);

        public override int GetHashCode() => RuntimeHelpers.GetHashCode(Items);
    }

    public sealed class Name
    {
        public Name(string text) => Text = text;

        public string Text { get; }
    }

    /// <summary>Lists equal by the texts they hold.</summary>
    public sealed class ByNames : IEqualityComparer<List<Name>>
    {
        public bool Equals(List<Name>? x, List<Name>? y) => x!.Select(n => n.Text).SequenceEqual(y!.Select(n => n.Text));

        public int GetHashCode(List<Name> obj) => string.Join(",", obj.Select(n => n.Text)).GetHashCode();
    }
}
