using System;
using DeepCopy.Core.Strategies.Json;
using Xunit;

namespace DeepCopy.Tests.Json;

/// <summary>
/// What a date-time's text comes back as, in zones each side of UTC (a test cannot change this process's zone; the
/// Pester file JsonTimeZones.Tests.ps1 copies in real zones). The texts are what Utf8JsonWriter writes: a Local
/// DateTime with its zone's offset, a DateTimeOffset with its own. At the ends of DateTime's range, read back through
/// UTC as Utf8JsonReader does, they came back as strings or as another instant.
/// </summary>
public sealed class JsonDatePolicyTests
{
    private static readonly TimeZoneInfo West = TimeZoneInfo.CreateCustomTimeZone("Test West", TimeSpan.FromHours(-5), "Test West", "Test West");
    private static readonly TimeZoneInfo East = TimeZoneInfo.CreateCustomTimeZone("Test East", TimeSpan.FromHours(9), "Test East", "Test East");

    /// <summary>Central European time with summer time from the last Sunday of March, 02:00, to the last of October, 03:00.</summary>
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.CreateCustomTimeZone(
        "Test Berlin",
        TimeSpan.FromHours(1),
        "Test Berlin",
        "Test Berlin",
        "Test Berlin Summer",
        new[]
        {
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday)),
        });

    [Fact]
    public void A_Local_DateTime_at_the_ends_of_the_range_comes_back_with_its_value()
    {
        AssertDateTime(DateTime.MaxValue, DateTimeKind.Local, "9999-12-31T23:59:59.9999999-05:00", West);
        AssertDateTime(DateTime.MinValue, DateTimeKind.Local, "0001-01-01T00:00:00+09:00", East);
        AssertDateTime(DateTime.MinValue, DateTimeKind.Local, "0001-01-01T00:00:00-05:00", West);
        AssertDateTime(DateTime.MaxValue, DateTimeKind.Local, "9999-12-31T23:59:59.9999999+09:00", East);
    }

    [Fact]
    public void A_DateTimeOffset_whose_local_time_is_out_of_range_comes_back_as_the_same_instant_in_UTC()
    {
        AssertDateTime(DateTime.MinValue, DateTimeKind.Utc, "0001-01-01T00:00:00+00:00", West);
        AssertDateTime(DateTime.MaxValue, DateTimeKind.Utc, "9999-12-31T23:59:59.9999999+00:00", East);
        AssertDateTime(DateTime.MinValue, DateTimeKind.Utc, "0001-01-01T14:00:00+14:00", West);
        AssertDateTime(DateTime.MaxValue, DateTimeKind.Utc, "9999-12-31T09:59:59.9999999-14:00", East);
    }

    [Fact]
    public void A_DateTimeOffset_within_the_range_comes_back_as_the_same_instant_in_local_time()
    {
        AssertDateTime(new DateTime(2024, 1, 1, 20, 4, 5), DateTimeKind.Local, "2024-01-02T03:04:05+02:00", West);
        AssertDateTime(new DateTime(2024, 1, 2, 10, 4, 5), DateTimeKind.Local, "2024-01-02T03:04:05+02:00", East);
        AssertDateTime(DateTime.MinValue.AddHours(9), DateTimeKind.Local, "0001-01-01T00:00:00+00:00", East);
    }

    [Fact]
    public void A_time_in_the_hour_skipped_in_spring_comes_back_as_the_local_time_of_its_instant()
    {
        // Central European time: 02:00 to 03:00 on the last Sunday of March does not exist; 02:30+01:00 is 03:30+02:00.
        AssertDateTime(new DateTime(2024, 3, 31, 3, 30, 0), DateTimeKind.Local, "2024-03-31T02:30:00+01:00", Berlin);
        AssertDateTime(new DateTime(2024, 3, 31, 1, 30, 0), DateTimeKind.Local, "2024-03-31T01:30:00+01:00", Berlin);
        AssertDateTime(new DateTime(2024, 3, 31, 3, 30, 0), DateTimeKind.Local, "2024-03-31T03:30:00+02:00", Berlin);
    }

    [Fact]
    public void Utc_and_Unspecified_texts_keep_their_clock_time_at_the_ends_of_the_range()
    {
        AssertDateTime(DateTime.MaxValue, DateTimeKind.Utc, "9999-12-31T23:59:59.9999999Z", East);
        AssertDateTime(DateTime.MinValue, DateTimeKind.Unspecified, "0001-01-01T00:00:00", West);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("2024-01-02T03:04:05+15:00")]
    [InlineData("2024-01-02T03:04:05+14:30")]
    [InlineData("2024-01-02T03:04:05+01:60")]
    [InlineData("2024-01-02T03:04:05+0100")]
    [InlineData("2024-01-02T03:04:05.")]
    [InlineData("2024-01-02T03:04:05.12345678901234567")]
    [InlineData("2024-02-30T03:04:05")]
    [InlineData("0000-01-01T00:00:00")]
    [InlineData("2024-01-02T24:00:00")]
    [InlineData("2024-01-02T03:04:05Zs")]
    public void A_text_that_names_no_DateTime_stays_a_string(string text)
    {
        Assert.Equal(text, JsonDatePolicy.FromText(text, TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("2024-01-02T03:04:05.1234567890123456Z", 638397614451234567L)]
    [InlineData("2024-01-02T03:04:05.5Z", 638397614455000000L)]
    [InlineData("2024-01-02T03:04:05+01", 638397578450000000L)]
    public void Fractions_and_hour_offsets_read_as_System_Text_Json_reads_them(string text, long utcTicks)
    {
        var time = Assert.IsType<DateTime>(JsonDatePolicy.FromText(text, TimeZoneInfo.Utc));

        Assert.Equal(utcTicks, time.Ticks);
    }

    private static void AssertDateTime(DateTime expected, DateTimeKind kind, string text, TimeZoneInfo zone)
    {
        var time = Assert.IsType<DateTime>(JsonDatePolicy.FromText(text, zone));

        Assert.Equal(expected.Ticks, time.Ticks);
        Assert.Equal(kind, time.Kind);
    }
}
