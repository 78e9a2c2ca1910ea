using System;
using System.Runtime.InteropServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// [DeepCopyIgnore] on one of two fields sharing memory ([FieldOffset] unions) worked by declaration order: kept first,
/// the ignore did nothing; ignored first, the field never marked came back null. Now memory is left out only when
/// every field naming it is ignored: an ignored alias of a kept field does not clear it (docs/policies.md).
/// </summary>
public sealed class ExplicitLayoutIgnoreTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_ignored_alias_declared_after_the_kept_field_does_not_clear_it(DeepCopyStrategy strategy)
    {
        var leaf = new Leaf { V = 3 };

        var copy = Copy(new KeptFirst { Kept = leaf }, strategy);

        AssertCopied(leaf, copy.Kept);
        Assert.Same(copy.Kept, copy.Gone);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_ignored_alias_declared_before_the_kept_field_does_not_clear_it(DeepCopyStrategy strategy)
    {
        var leaf = new Leaf { V = 3 };

        var copy = Copy(new IgnoredFirst { Kept = leaf }, strategy);

        AssertCopied(leaf, copy.Kept);
        Assert.Same(copy.Kept, copy.Gone);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_slot_whose_every_name_is_ignored_is_left_out(DeepCopyStrategy strategy)
    {
        var copy = Copy(new AllIgnored { First = new Leaf(), Other = new Leaf() }, strategy);

        Assert.Null(copy.First);
        Assert.Null(copy.Second);
        Assert.NotNull(copy.Other);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_ignored_alias_of_an_immutable_field_leaves_its_value(DeepCopyStrategy strategy)
    {
        var copy = Copy(new TextOrIgnored { Text = "kept" }, strategy);

        Assert.Equal("kept", copy.Text);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_ignored_alias_of_a_number_leaves_its_value(DeepCopyStrategy strategy)
    {
        var copy = Copy(new NumberOrIgnored { Number = 42 }, strategy);

        Assert.Equal(42, copy.Number);
        Assert.Equal(42, copy.Alias);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_ignored_field_inside_a_struct_does_not_clear_a_kept_field_sharing_its_slot(DeepCopyStrategy strategy)
    {
        var a = new Leaf { V = 1 };
        var o = new Leaf { V = 2 };
        var source = new IgnoreInsideStruct { O = o };
        source.S.A = a;
        Assert.Same(o, source.S.X);

        var copy = Copy(source, strategy);

        AssertCopied(a, copy.S.A);
        AssertCopied(o, copy.O);
        Assert.Same(copy.O, copy.S.X);
    }

    /// <summary>
    /// An ignored struct holds a reference no kept field names (S.A) and one a kept field does (S.X, which is O): it can
    /// be neither cleared whole nor kept whole, so the type is refused, naming both fields.
    /// </summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_ignored_struct_partly_overlapping_a_kept_field_is_refused(DeepCopyStrategy strategy)
    {
        var source = new IgnoredStructOverlap { O = new Leaf() };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$", error.Path);
        Assert.Same(source, error.OffendingValue);
        Assert.Contains("'S'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'O'", error.Message, StringComparison.Ordinal);
    }

    private static T Copy<T>(T source, DeepCopyStrategy strategy)
        where T : class =>
        DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

    private static void AssertCopied(Leaf source, Leaf? copy)
    {
        Assert.NotNull(copy);
        Assert.NotSame(source, copy);
        Assert.Equal(source.V, copy!.V);
    }

    public sealed class Leaf
    {
        public int V;
    }

    public struct Pair
    {
        public Leaf? A;
        public Leaf? X;
    }

    public struct PairIgnoringX
    {
        public Leaf? A;

        [DeepCopyIgnore]
        public Leaf? X;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class KeptFirst
    {
        [FieldOffset(0)]
        public Leaf? Kept;

        [FieldOffset(0)]
        [DeepCopyIgnore]
        public Leaf? Gone;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class IgnoredFirst
    {
        [FieldOffset(0)]
        [DeepCopyIgnore]
        public Leaf? Gone;

        [FieldOffset(0)]
        public Leaf? Kept;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class AllIgnored
    {
        [FieldOffset(0)]
        [DeepCopyIgnore]
        public Leaf? First;

        [FieldOffset(0)]
        [DeepCopyIgnore]
        public object? Second;

        [FieldOffset(8)]
        public Leaf? Other;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class TextOrIgnored
    {
        [FieldOffset(0)]
        public string? Text;

        [FieldOffset(0)]
        [DeepCopyIgnore]
        public object? Ignored;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class NumberOrIgnored
    {
        [FieldOffset(0)]
        public long Number;

        [FieldOffset(0)]
        [DeepCopyIgnore]
        public long Alias;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class IgnoreInsideStruct
    {
        [FieldOffset(0)]
        public PairIgnoringX S;

        [FieldOffset(8)]
        public Leaf? O;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class IgnoredStructOverlap
    {
        [FieldOffset(0)]
        [DeepCopyIgnore]
        public Pair S;

        [FieldOffset(8)]
        public Leaf? O;
    }
}
