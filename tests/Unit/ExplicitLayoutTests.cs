using System.Runtime.InteropServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// Reference fields that overlap ([FieldOffset] on an explicit layout) are one slot with two names. The generated
/// populate read the second name from the copy, found the already copied array there, and copied it again, so the
/// holder's other reference to the array no longer met it. Each slot is now copied once, whatever its names.
/// </summary>
public sealed class ExplicitLayoutTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Overlapping_reference_fields_are_one_slot_in_the_copy(DeepCopyStrategy strategy)
    {
        var array = new[] { 1, 2 };
        var source = new Holder { Other = array };
        source.Slot.AsArray = array;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(array, copy.Other);
        Assert.Same(copy.Other, copy.Slot.AsArray);
        Assert.Same(copy.Other, copy.Slot.AsObject);
        Assert.Equal(new[] { 1, 2 }, copy.Other);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_slot_whose_first_name_is_immutable_is_copied_under_its_other_name(DeepCopyStrategy strategy)
    {
        var source = new TextOrArray { AsArray = new[] { 7 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(source.AsArray, copy.AsArray);
        Assert.Equal(new[] { 7 }, copy.AsArray);
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class Overlap
    {
        [FieldOffset(0)]
        public object? AsObject;

        [FieldOffset(0)]
        public int[]? AsArray;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class TextOrArray
    {
        [FieldOffset(0)]
        public string? AsText;

        [FieldOffset(0)]
        public int[]? AsArray;
    }

    public sealed class Holder
    {
        public Overlap Slot = new Overlap();

        public int[]? Other;
    }
}
