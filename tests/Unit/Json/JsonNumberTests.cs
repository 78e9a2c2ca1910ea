using System;
using System.Globalization;
using System.Numerics;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonNumberTests
    {
        public static TheoryData<object, object> Numbers() => new TheoryData<object, object>
        {
            { int.MaxValue, int.MaxValue },
            { int.MinValue, int.MinValue },
            { (long)int.MaxValue + 1, (long)int.MaxValue + 1 },
            { long.MaxValue, long.MaxValue },
            { long.MinValue, long.MinValue },
            { (byte)200, 200 },
            { (short)-5, -5 },
            { 7u, 7 },
            { ulong.MaxValue, 18446744073709551615m },
            { decimal.MaxValue, decimal.MaxValue },
            { decimal.MinValue, decimal.MinValue },
            { 1.10m, 1.10m },
            { 0.1234567890123456789m, 0.1234567890123456789m },
            { 0.1m, 0.1 },
            { 0.10000000000000001m, 0.10000000000000001m },
            { 0.98805529634664235m, 0.98805529634664235m },
            { 1234.5678901234567m, 1234.5678901234567 },
            { 5m, 5 },
            { 0.1, 0.1 },
            { 1.5, 1.5 },
            { 1.0, 1 },
            { 3e9, 3000000000L },
            { 1e20, 1e20 },
            { 1.7976931348623157E+308, 1.7976931348623157E+308 },
            { double.Epsilon, double.Epsilon },
            { -0.0, 0 },
            { 0.1f, 0.1 },
            { double.NaN, "NaN" },
            { double.PositiveInfinity, "Infinity" },
            { float.NegativeInfinity, "-Infinity" },
            { new BigInteger(12345), 12345 },
            { BigInteger.Pow(10, 30), 1e30 },
            { BigInteger.Pow(10, 400), "Infinity" },
            { -BigInteger.Pow(10, 400), "-Infinity" },
            { DayOfWeek.Friday, 5 },
            { UnsignedEnum.Top, 18446744073709551615m },
        };

        [Theory]
        [MemberData(nameof(Numbers))]
        public void A_number_comes_back_typed_by_its_text(object source, object expected)
        {
            var copy = Copy(source);

            Assert.Equal(expected.GetType(), copy!.GetType());
            Assert.Equal(expected, copy);
        }

        [Fact]
        public void A_decimal_keeps_its_trailing_zeros()
        {
            Assert.Equal("1.10", ((decimal)Copy(1.10m)!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Every_finite_double_comes_back_with_the_same_value_and_as_a_double_when_it_has_a_fraction()
        {
            var random = new Random(20240601);
            var bytes = new byte[8];
            for (var i = 0; i < 5000; i++)
            {
                random.NextBytes(bytes);
                var value = BitConverter.ToDouble(bytes, 0);
                if (double.IsNaN(value) || double.IsInfinity(value))
                {
                    continue;
                }

                var copy = Copy(value);

                Assert.Equal(value, Convert.ToDouble(copy));
                if (Math.Floor(value) != value)
                {
                    Assert.IsType<double>(copy);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits((double)copy!));
                }
            }
        }

        [Fact]
        public void A_decimal_comes_back_with_its_value_and_as_a_double_only_when_that_double_is_written_as_the_same_text()
        {
            var random = new Random(20261128);
            for (var i = 0; i < 5000; i++)
            {
                // 15 to 19 significant digits, with the point anywhere: the lengths where a double's text and a decimal's meet.
                var digits = new char[random.Next(15, 20)];
                for (var d = 0; d < digits.Length; d++)
                {
                    digits[d] = (char)('0' + random.Next(d == 0 ? 1 : 0, 10));
                }

                var point = random.Next(0, digits.Length);
                var source = decimal.Parse("0." + new string(digits), CultureInfo.InvariantCulture) * (decimal)Math.Pow(10, point);
                if (decimal.Truncate(source) == source)
                {
                    continue;
                }

                var copy = Copy(source);

                var text = source.ToString(CultureInfo.InvariantCulture);
                if (copy is double number)
                {
                    Assert.Equal(text, number.ToString("R", CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.Equal(text, Assert.IsType<decimal>(copy).ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        public enum UnsignedEnum : ulong
        {
            Top = ulong.MaxValue,
        }
    }
}
