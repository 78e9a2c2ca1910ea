using System;
using System.Collections;
using DeepCopy.Core.Engine;
using Xunit;

namespace DeepCopy.Tests.Engine;

/// <summary>The typed array copy that replaces Array.Clone for vectors: the same array, or no copier at all.</summary>
public sealed unsafe class VectorClonerTests
{
    private enum Colour : byte { Red = 1, Blue = 2 }

    private struct Pair
    {
        public object Reference;
        public long Number;
    }

    public static TheoryData<Array> Vectors() => new()
    {
        new object?[] { 1, "a", null, new ArrayList() },
        new[] { "x", "y" },
        new[] { Colour.Blue, Colour.Red },
        new[] { new Pair { Reference = "r", Number = 7 }, default },
        new[] { 1.5m, -2m },
        Array.Empty<Uri>(),
        new int?[] { 1, null },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Copies_type_length_and_every_element(Array source)
    {
        var cloner = VectorCloner.TryCreate(source.GetType());

        Assert.NotNull(cloner);
        var copy = cloner!(source);
        Assert.NotSame(source, copy);
        Assert.Equal(source.GetType(), copy.GetType());
        Assert.Equal(source.Length, copy.Length);
        for (var index = 0; index < source.Length; index++)
        {
            // The same element, bit for bit: references are the very same objects, values equal.
            Assert.Equal(source.GetValue(index), copy.GetValue(index));
        }
    }

    [Fact]
    public void Covariant_use_copies_the_array_s_own_type()
    {
        // A string[] seen as object[] stays a string[]: the plan is the runtime type's.
        object[] source = new[] { "a" };

        var copy = VectorCloner.TryCreate(source.GetType())!(source);

        Assert.IsType<string[]>(copy);
    }

    [Fact]
    public void Refuses_what_is_not_a_vector_or_cannot_be_a_generic_argument()
    {
        Assert.Null(VectorCloner.TryCreate(typeof(int[,])));
        Assert.Null(VectorCloner.TryCreate(typeof(int).MakeArrayType(1)));
        Assert.Null(VectorCloner.TryCreate(typeof(int*[])));
        Assert.Null(VectorCloner.TryCreate(typeof(string)));
    }

    [Fact]
    public void A_copied_array_is_independent_of_its_source()
    {
        var source = new[] { 1, 2, 3 };

        var copy = (int[])VectorCloner.TryCreate(typeof(int[]))!(source);
        copy[0] = 42;

        Assert.Equal(1, source[0]);
    }
}
