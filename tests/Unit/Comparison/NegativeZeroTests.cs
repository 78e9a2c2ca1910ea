using System;
using System.Numerics;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// 0.0 and -0.0 are Equal to the class library, but -0.0 prints as "-0" and 1/x tells them apart: a copy must keep the
    /// sign. NaN stays equal to NaN. A decimal's negative zero prints as "0", so it stays equal to zero.
    /// </summary>
    public sealed class NegativeZeroTests
    {
        public static TheoryData<object, object> Zeros() => new TheoryData<object, object>
        {
            { 0.0, -0.0 },
            { -0.0, 0.0 },
            { 0.0f, -0.0f },
            { Half.Zero, Half.NegativeZero },
            { new Complex(0, 0), new Complex(0, -0.0) },
            { new Complex(-0.0, 1), new Complex(0, 1) },
        };

        [Theory]
        [MemberData(nameof(Zeros))]
        public void A_zero_of_the_other_sign_differs(object reference, object difference)
        {
            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Equal("$", found.Path);
        }

        [Fact]
        public void Zeros_in_fields_and_arrays_differ_too()
        {
            Assert.Equal("$[1]", Assert.Single(DeepComparer.Compare(new[] { 1.0, 0.0 }, new[] { 1.0, -0.0 })).Path);
            Assert.Equal("$[0]", Assert.Single(DeepComparer.Compare(new[] { 0.0f }, new[] { -0.0f })).Path);
            Assert.Equal("$.Content", Assert.Single(DeepComparer.Compare(new CompareTypes.Box { Content = 0.0 }, new CompareTypes.Box { Content = -0.0 })).Path);
        }

        [Fact]
        public void Equal_zeros_and_NaNs_stay_equal()
        {
            Assert.Empty(DeepComparer.Compare(-0.0, -0.0));
            Assert.Empty(DeepComparer.Compare(0.0f, 0.0f));
            Assert.Empty(DeepComparer.Compare(double.NaN, -double.NaN));
            Assert.Empty(DeepComparer.Compare(float.NaN, float.NaN));
            Assert.Empty(DeepComparer.Compare(Half.NaN, Half.NaN));
            Assert.Empty(DeepComparer.Compare(Half.NegativeZero, Half.NegativeZero));
            Assert.Empty(DeepComparer.Compare(new Complex(-0.0, double.NaN), new Complex(-0.0, double.NaN)));
        }

        [Fact]
        public void A_decimal_negative_zero_prints_as_zero_and_stays_equal()
        {
            var negativeZero = decimal.Negate(0m);
            Assert.Equal("0", negativeZero.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Empty(DeepComparer.Compare(0m, negativeZero));
        }

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void A_copy_keeps_the_sign(DeepCopyStrategy strategy)
        {
            var source = new object[] { -0.0, -0.0f, Half.NegativeZero, new Complex(-0.0, -0.0), new[] { -0.0 }, new CompareTypes.Box { Content = -0.0f } };

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        }
    }
}
