using System;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonDateTimeTests
    {
        [Theory]
        [InlineData(DateTimeKind.Utc)]
        [InlineData(DateTimeKind.Local)]
        [InlineData(DateTimeKind.Unspecified)]
        public void A_DateTime_comes_back_with_its_value_and_kind(DateTimeKind kind)
        {
            var source = new DateTime(2024, 2, 29, 13, 14, 15, kind).AddTicks(1234567);

            var copy = Assert.IsType<DateTime>(Copy(source));

            Assert.Equal(source.Ticks, copy.Ticks);
            Assert.Equal(kind, copy.Kind);
        }

        [Fact]
        public void The_extremes_come_back()
        {
            var copy = (object[])Copy(new object[] { DateTime.MinValue, DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc) })!;

            Assert.Equal(DateTime.MinValue, copy[0]);
            Assert.Equal(DateTime.MaxValue, copy[1]);
        }

        [Theory]
        [InlineData(DateTimeKind.Utc)]
        [InlineData(DateTimeKind.Local)]
        [InlineData(DateTimeKind.Unspecified)]
        public void The_ends_of_the_range_come_back_with_their_value_and_kind_in_this_zone(DateTimeKind kind)
        {
            foreach (var end in new[] { DateTime.MinValue, DateTime.MaxValue, DateTime.MinValue.ToLocalTime(), DateTime.MaxValue.ToLocalTime() })
            {
                var source = DateTime.SpecifyKind(end, kind);

                var copy = Assert.IsType<DateTime>(Copy(source));

                Assert.Equal(source.Ticks, copy.Ticks);
                Assert.Equal(kind, copy.Kind);
            }
        }

        [Fact]
        public void A_DateTimeOffset_at_the_ends_of_the_range_comes_back_as_the_same_instant_in_this_zone()
        {
            var ends = new[]
            {
                DateTimeOffset.MinValue,
                DateTimeOffset.MaxValue,
                new DateTimeOffset(DateTime.MinValue.AddHours(14), TimeSpan.FromHours(14)),
                new DateTimeOffset(DateTime.MaxValue.AddHours(-14), TimeSpan.FromHours(-14)),
            };
            foreach (var source in ends)
            {
                var copy = Assert.IsType<DateTime>(Copy(source));

                Assert.Equal(source.UtcTicks, copy.Kind == DateTimeKind.Utc ? copy.Ticks : new DateTimeOffset(copy).UtcTicks);
            }
        }

        [Fact]
        public void A_DateTimeOffset_comes_back_as_a_local_DateTime_without_its_offset()
        {
            var source = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));

            var copy = Assert.IsType<DateTime>(Copy(source));

            Assert.Equal(DateTimeKind.Local, copy.Kind);
            Assert.Equal(source.LocalDateTime, copy);
            Assert.Equal(source.UtcDateTime, copy.ToUniversalTime());
        }

        [Theory]
        [InlineData("2024-01-02T03:04:05Z", DateTimeKind.Utc)]
        [InlineData("2024-01-02T03:04:05.5", DateTimeKind.Unspecified)]
        [InlineData("2024-01-02T03:04:05+01:00", DateTimeKind.Local)]
        public void A_string_shaped_as_an_ISO_date_time_comes_back_as_a_DateTime(string source, DateTimeKind kind)
        {
            var copy = Assert.IsType<DateTime>(Copy(source));

            Assert.Equal(kind, copy.Kind);
        }

        [Theory]
        [InlineData("2024-01-02")]
        [InlineData("2024-01-02 03:04:05")]
        [InlineData("2024-13-02T03:04:05")]
        [InlineData("9999-99-99T99:99:99 is not a date")]
        [InlineData("a plain string")]
        public void Other_strings_stay_strings(string source)
        {
            Assert.Equal(source, Assert.IsType<string>(Copy(source)));
        }
    }
}
