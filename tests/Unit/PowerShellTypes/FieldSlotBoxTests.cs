using System;
using System.Collections.Generic;
using System.Drawing;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Core.Metadata;
using DeepCopy.Handlers;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// A class's field of a struct read as a box for the call (a <c>Nullable</c> of a struct with references, a struct a
/// handler copies) gets a box no one else has seen, so the attached-state lookup every other box of a struct costs in a
/// PowerShell session is passed over for it. A field that could hold a real box of that struct (declared as object,
/// ValueType or an interface of it, in the class or in a struct stored inline in it) keeps every box looked up.
/// </summary>
public sealed class FieldSlotBoxTests
{
    public FieldSlotBoxTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [InlineData(typeof(NullablePairHolder), new[] { typeof(KeyValuePair<string, List<int>>) })]
    [InlineData(typeof(NullablePairBesideString), new[] { typeof(KeyValuePair<string, List<int>>) })]
    [InlineData(typeof(NullablePairBesideObject), null)]
    [InlineData(typeof(NullablePairBesideValueType), null)]
    [InlineData(typeof(NullablePairBesideObjectInInlineStruct), null)]
    [InlineData(typeof(Node), null)]
    public void A_class_marks_the_struct_types_only_its_own_copy_boxes(Type type, Type[]? expected)
    {
        var plan = TypePlanCache.Get(type);

        Assert.Equal(expected, plan.InlineSlotTypes);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_box_held_in_an_object_field_beside_a_nullable_field_keeps_its_members(DeepCopyStrategy strategy)
    {
        var held = new KeyValuePair<string, List<int>>("held", new List<int> { 1 });
        object box = held;
        var wrapper = PSObject.AsPSObject(box);
        wrapper.Properties.Add(new PSNoteProperty("Origin", "job"));
        var source = new NullablePairBesideObject { Pair = new KeyValuePair<string, List<int>>("own", new List<int> { 2 }), Held = box };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(box, copy.Held);
        Assert.Equal("job", PSObject.AsPSObject(copy.Held!).Properties["Origin"]!.Value);
        Assert.NotSame(source.Pair!.Value.Value, copy.Pair!.Value.Value);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Nullable_and_handler_struct_fields_copy_deep(DeepCopyStrategy strategy)
    {
        var shared = new List<int> { 3 };
        var source = new NullablePairBesideString { Pair = new KeyValuePair<string, List<int>>("k", shared), Text = "t", Again = shared };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal("k", copy.Pair!.Value.Key);
        Assert.NotSame(shared, copy.Pair.Value.Value);
        Assert.Same(copy.Pair.Value.Value, copy.Again);
        GraphAssert.IsDeepCopy(source, copy);
    }

    public sealed class NullablePairHolder
    {
        public KeyValuePair<string, List<int>>? Pair;
    }

    public sealed class NullablePairBesideString
    {
        public KeyValuePair<string, List<int>>? Pair;
        public string? Text;
        public List<int>? Again;
    }

    public sealed class NullablePairBesideObject
    {
        public KeyValuePair<string, List<int>>? Pair;
        public object? Held;
    }

    public sealed class NullablePairBesideValueType
    {
        public KeyValuePair<string, List<int>>? Pair;
        public ValueType? Held;
    }

    public sealed class NullablePairBesideObjectInInlineStruct
    {
        public KeyValuePair<string, List<int>>? Pair;
        public Envelope Inline;
    }

    public struct Envelope
    {
        public object? Held;
    }

    public sealed class Node
    {
        public Node? Next;
        public Point Where;
    }
}
