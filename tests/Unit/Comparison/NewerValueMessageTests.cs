using System;
using System.Numerics;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>The newer framework values are compared whole, so their messages must show the values, not only their type.</summary>
public sealed class NewerValueMessageTests
{
    public static TheoryData<object, object, string, string> Pairs => new()
    {
        { new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3), "2024-01-02", "2024-01-03" },
        { new TimeOnly(13, 45), new TimeOnly(13, 46), "13:45:00", "13:46:00" },
        { (Int128)5, (Int128)6, "5", "6" },
        { (UInt128)7, (UInt128)8, "7", "8" },
        { (Half)1.5, (Half)2.5, "1.5", "2.5" },
        { new Complex(1, 2), new Complex(1, 3), "2", "3" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_difference_names_both_values(object reference, object difference, string expected, string found)
    {
        var result = Assert.Single(DeepComparer.Compare(new object[] { reference }, new object[] { difference }));

        Assert.Equal(DeepDifferenceKind.ValueDifferent, result.Kind);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Contains(found, result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a [System.", result.Message, StringComparison.Ordinal);
    }
}
