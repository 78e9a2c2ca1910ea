using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests.Engine;

/// <summary>
/// A boxed struct used as a key or set element, reached earlier in the graph (hunt 31). A box is filled inline when
/// first reached, so it has no work item of its own: its class-typed children wait on the work stack instead, and the
/// key must not be inserted until they are filled, or the collection hashes it over the source's children.
/// </summary>
public sealed class PendingBoxedKeyTests
{
    private static readonly string[] Kinds = { "HashSet", "Dictionary", "Hashtable", "ImmutableHashSet" };

    private static readonly string[] KeyShapes = { "ValueTupleOfTuple", "StructOfRecordLike", "BoxInsideBox", "NullableField" };

    public static TheoryData<DeepCopyStrategy, string, string> KindsAndShapes() => Strategies.Crossed(Kinds, KeyShapes);

    [Theory]
    [MemberData(nameof(KindsAndShapes))]
    public void A_boxed_key_reached_first_through_an_array_slot_is_found_in_the_copied_collection(DeepCopyStrategy strategy, string kind, string shape)
    {
        var key = MakeKey(shape, new List<int> { 4 });
        var source = new object[] { key, SingleKeyCollections.Make(kind, key) };
        Assert.True(SingleKeyCollections.Contains(source[1], key));

        var copy = (object[])DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(key, copy[0]);
        Assert.NotSame(ListOf(key), ListOf(copy[0]));
        Assert.True(SingleKeyCollections.Contains(copy[1], copy[0]), kind + " cannot find the copied key");
        Assert.True(SingleKeyCollections.Contains(copy[1], SingleKeyCollections.Single(copy[1])), kind + " cannot find its own element");
        Assert.Same(copy[0], SingleKeyCollections.Single(copy[1]));
        Assert.Equal(new[] { 4 }, ListOf(copy[0]));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_boxed_keys_children_are_filled_once(DeepCopyStrategy strategy)
    {
        var list = new List<int> { 7 };
        var key = MakeKey("ValueTupleOfTuple", list);

        // The list comes last, so it is filled first; the set then finishes the key's tuple, and the tuple's own waiting
        // item comes off the stack afterwards: a second fill would copy the copied list again.
        var source = new object[] { key, new HashSet<object> { key }, list };

        var copy = (object[])DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(list, copy[2]);
        Assert.Same(copy[2], ListOf(copy[0]));
        Assert.Contains(copy[0], (HashSet<object>)copy[1]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Boxes_that_refer_to_each_other_are_finished_without_looping(DeepCopyStrategy strategy)
    {
        // Each box's Next is the other box: a cycle only boxes can make, closed by writing into the first box in place.
        object first = new Link { Tuple = Tuple.Create(new List<int> { 1 }) };
        object second = new Link { Next = first, Tuple = Tuple.Create(new List<int> { 2 }) };
        typeof(Link).GetField(nameof(Link.Next))!.SetValue(first, second);
        var source = new object[] { first, new HashSet<object> { first } };

        var copy = (object[])DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Contains(copy[0], (HashSet<object>)copy[1]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Many_boxed_keys_reached_earlier_are_all_found(DeepCopyStrategy strategy)
    {
        var keys = new object[2000];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ValueTuple.Create(Tuple.Create(new List<int> { i }));
        }

        var source = new object[keys.Length + 1];
        keys.CopyTo(source, 0);
        source[^1] = new HashSet<object>(keys);

        var copy = (object[])DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var set = (HashSet<object>)copy[^1];
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Contains(copy[i], set);
            Assert.Equal(i, ListOf(copy[i])[0]);
        }
    }

    private static object MakeKey(string shape, List<int> list) => shape switch
    {
        "ValueTupleOfTuple" => ValueTuple.Create(Tuple.Create(list)),
        "StructOfRecordLike" => new Holding { Key = new PendingKeyTests.ListKey(list) },
        "BoxInsideBox" => new Link { Next = ValueTuple.Create(Tuple.Create(list)) },
        "NullableField" => new WithNullable { Inner = ValueTuple.Create(Tuple.Create(list)) },
        _ => throw new ArgumentException(shape),
    };

    private static List<int> ListOf(object key) => key switch
    {
        ValueTuple<Tuple<List<int>>> tuple => tuple.Item1.Item1,
        Holding holding => holding.Key!.Items,
        Link link => ListOf(link.Next!),
        WithNullable nullable => nullable.Inner!.Value.Item1.Item1,
        _ => throw new ArgumentException(key.GetType().Name),
    };

    /// <summary>A struct holding a class equal by its list's identity, as a record holding a class instance is.</summary>
    public struct Holding : IEquatable<Holding>
    {
        public PendingKeyTests.ListKey? Key;

        public readonly bool Equals(Holding other) => Equals(Key, other.Key);

        public override readonly bool Equals(object? obj) => obj is Holding other && Equals(other);

        public override readonly int GetHashCode() => Key?.GetHashCode() ?? 0;
    }

    /// <summary>A struct whose object field may hold another box; equal by what that box holds.</summary>
    public struct Link : IEquatable<Link>
    {
        public object? Next;
        public Tuple<List<int>>? Tuple;

        // A box that leads back to this one is compared by reference, so a cycle of boxes hashes without looping.
        public readonly bool Equals(Link other) => Equals(Tuple, other.Tuple) && (Next is Link ? ReferenceEquals(Next, other.Next) : Equals(Next, other.Next));

        public override readonly bool Equals(object? obj) => obj is Link other && Equals(other);

        public override readonly int GetHashCode() => HashCode.Combine(Tuple, Next is Link ? 0 : Next?.GetHashCode() ?? 0);
    }

    /// <summary>A struct with a Nullable field over a struct holding a Tuple: copied through a box made for the call.</summary>
    public struct WithNullable : IEquatable<WithNullable>
    {
        public ValueTuple<Tuple<List<int>>>? Inner;

        public readonly bool Equals(WithNullable other) => Inner.Equals(other.Inner);

        public override readonly bool Equals(object? obj) => obj is WithNullable other && Equals(other);

        public override readonly int GetHashCode() => Inner.GetHashCode();
    }
}
