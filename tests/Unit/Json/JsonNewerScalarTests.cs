using System;
using System.Collections;
using System.Globalization;
using System.Threading;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    /// <summary>
    /// Scalars newer than netstandard2.0 (Half, Int128, UInt128, DateOnly, TimeOnly), which Core knows by name, are
    /// written like their nearest relatives: Half like float, Int128 and UInt128 like long and BigInteger, DateOnly and
    /// TimeOnly as strings.
    /// </summary>
    public sealed class JsonNewerScalarTests
    {
        public static TheoryData<object, object> Scalars() => new TheoryData<object, object>
        {
            { (Half)1.5, 1.5 },
            { (Half)0.1, 0.1 },
            { (Half)(-2), -2 },
            { Half.NaN, "NaN" },
            { Half.PositiveInfinity, "Infinity" },
            { Half.NegativeInfinity, "-Infinity" },
            { (Int128)5, 5 },
            { (Int128)long.MinValue, long.MinValue },
            { Int128.MaxValue, 1.7014118346046923E+38 },
            { Int128.MinValue, -1.7014118346046923E+38 },
            { (UInt128)ulong.MaxValue + 1, 18446744073709551616m },
            { UInt128.MaxValue, 3.402823669209385E+38 },
            { new DateOnly(2024, 1, 2), "2024-01-02" },
            { new TimeOnly(3, 4, 5), "03:04:05" },
            { new TimeOnly(new TimeSpan(0, 23, 59, 59).Ticks + 1234567), "23:59:59.1234567" },
        };

        [Theory]
        [MemberData(nameof(Scalars))]
        public void A_newer_scalar_comes_back_like_its_nearest_relative(object source, object expected)
        {
            var copy = Copy(new[] { source });

            var item = Assert.IsType<object[]>(copy)[0];
            Assert.Equal(expected.GetType(), item!.GetType());
            Assert.Equal(expected, item);
        }

        [Fact]
        public void A_newer_scalar_key_is_written_in_invariant_form_whatever_the_culture()
        {
            var culture = Thread.CurrentThread.CurrentCulture;
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            try
            {
                var copy = Assert.IsAssignableFrom<IDictionary>(Copy(new Hashtable
                {
                    [(Half)1.5] = 1,
                    [(Int128)7] = 2,
                    [(UInt128)8] = 3,
                    [new DateOnly(2024, 1, 2)] = 4,
                    [new TimeOnly(3, 4, 5, 600)] = 5,
                }));

                Assert.Equal(1, copy["1.5"]);
                Assert.Equal(2, copy["7"]);
                Assert.Equal(3, copy["8"]);
                Assert.Equal(4, copy["2024-01-02"]);
                Assert.Equal(5, copy["03:04:05.6000000"]);
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = culture;
            }
        }
    }
}
