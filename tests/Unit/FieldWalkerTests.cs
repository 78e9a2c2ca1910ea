using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Plain objects are copied field by field: private, readonly, inherited and compiler-made fields alike, structs included.</summary>
public sealed class FieldWalkerTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Private_readonly_inherited_and_auto_property_fields_are_deep_copied(DeepCopyStrategy strategy)
    {
        var source = new Derived();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source.PeekBase(), copy.PeekBase());
        Assert.Equal(source.PeekBase(), copy.PeekBase());
        Assert.NotSame(source.PeekReadonly(), copy.PeekReadonly());
        Assert.NotSame(source.PeekPrivate(), copy.PeekPrivate());
        Assert.NotSame(source.Auto, copy.Auto);
        Assert.Equal(5, copy.Auto!.Value);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Struct_fields_inline_and_nested_hold_copies(DeepCopyStrategy strategy)
    {
        var shared = new List<int> { 1 };
        var source = new StructHolder
        {
            Inline = new Inner { Items = shared, Number = 1 },
            Nested = new Outer { Inner = new Inner { Items = new List<int> { 2 } }, Label = "x", Node = new Node { Value = 3 } },
            Alias = shared,
        };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(shared, copy.Inline.Items);
        Assert.Same(copy.Alias, copy.Inline.Items);
        Assert.NotSame(source.Nested.Inner.Items, copy.Nested.Inner.Items);
        Assert.NotSame(source.Nested.Node, copy.Nested.Node);
        Assert.Equal("x", copy.Nested.Label);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Object_field_holding_a_boxed_struct_with_a_reference_is_copied(DeepCopyStrategy strategy)
    {
        var source = new StructHolder { Boxed = new Outer { Inner = new Inner { Items = new List<int> { 4 } }, Node = new Node() } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source.Boxed, copy.Boxed);
        var outer = Assert.IsType<Outer>(copy.Boxed);
        Assert.NotSame(((Outer)source.Boxed).Inner.Items, outer.Inner.Items);
        Assert.NotSame(((Outer)source.Boxed).Node, outer.Node);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Nullable_struct_field_holding_a_reference_is_copied(DeepCopyStrategy strategy)
    {
        var source = new NullableHolder { Maybe = new Inner { Items = new List<int> { 5 } } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source.Maybe!.Value.Items, copy.Maybe!.Value.Items);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Null_nullable_struct_field_stays_null(DeepCopyStrategy strategy)
    {
        var source = new NullableHolder { Maybe = null, Other = new List<int> { 6 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Null(copy.Maybe);
        GraphAssert.IsDeepCopy(source, copy);
    }

    private class Base
    {
        private readonly List<int> _basePrivate = new List<int> { 1, 2 };

        public List<int> PeekBase() => _basePrivate;
    }

    private sealed class Derived : Base
    {
        private readonly Dictionary<string, int> _readonlyMap;
        private List<string> _private = new List<string> { "p" };

        public Derived()
        {
            _readonlyMap = new Dictionary<string, int> { ["a"] = 1 };
            Auto = new Node { Value = 5 };
        }

        public Node? Auto { get; private set; }

        public Dictionary<string, int> PeekReadonly() => _readonlyMap;

        public List<string> PeekPrivate() => _private;
    }

    private struct Inner
    {
        public List<int>? Items;
        public int Number;
    }

    private struct Outer
    {
        public Inner Inner;
        public string? Label;
        public Node? Node;
    }

    private sealed class StructHolder
    {
        public Inner Inline;
        public Outer Nested;
        public object? Boxed;
        public List<int>? Alias;
    }

    private sealed class NullableHolder
    {
        public Inner? Maybe;
        public List<int>? Other;
    }
}
