using System;
using System.Text.Json;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Decides whether a JSON string comes back as a DateTime (<see cref="JsonLossRules.DateTimes"/>). Like
    /// ConvertFrom-Json, a string shaped as an ISO 8601 date and time, <c>yyyy-MM-ddTHH:mm:ss</c> with an optional
    /// fraction and zone (<see cref="JsonDateText"/>), does: with <c>Z</c> it is Utc, with neither it is Unspecified,
    /// and with an offset it is that instant in this machine's local time (Kind Local). Dates without a time stay strings.
    /// <para>
    /// A DateTime is written in that same form, a Local one with its zone's offset at its clock time, so it comes back
    /// with its value and Kind; a DateTimeOffset comes back as the same instant. Both are read without the trip through
    /// UTC that Utf8JsonReader.TryGetDateTime takes, which failed or clamped at the ends of DateTime's range (a Local
    /// DateTime.MaxValue west of UTC came back as a string, DateTimeOffset.MinValue there as another instant).
    /// </para>
    /// </summary>
    internal static class JsonDatePolicy
    {
        public static object Read(ref Utf8JsonReader reader)
        {
            var text = reader.GetString()!;
            return FromText(text, TimeZoneInfo.Local);
        }

        /// <summary>The DateTime <paramref name="text"/> stands for when <paramref name="local"/> is this machine's zone, or the text itself.</summary>
        internal static object FromText(string text, TimeZoneInfo local)
        {
            if (!JsonDateText.TryParse(text, out var clock, out var zone, out var offset))
            {
                return text;
            }

            switch (zone)
            {
                case JsonDateZone.Utc:
                    return DateTime.SpecifyKind(clock, DateTimeKind.Utc);
                case JsonDateZone.Offset:
                    return FromOffset(clock, offset, local) ?? (object)text;
                default:
                    return clock;
            }
        }

        private static DateTime? FromOffset(DateTime clock, TimeSpan offset, TimeZoneInfo local)
        {
            // A Local DateTime's text: its clock time is its value. Compared to the minute, the precision the text writes
            // an offset in. A DateTimeOffset written with that offset is this same local time. Not a clock time in the
            // hour skipped when clocks go forward: the zone reports its standard offset there, yet no such local time
            // exists, so the text is the instant it names (02:30+01:00 in Berlin's spring gap is 03:30 local, as
            // ConvertFrom-Json reads it; a Local DateTime in the gap, itself no real time, comes back as that instant).
            if (!local.IsInvalidTime(clock) && Math.Abs((local.GetUtcOffset(clock) - offset).Ticks) < TimeSpan.TicksPerMinute)
            {
                return DateTime.SpecifyKind(clock, DateTimeKind.Local);
            }

            var utcTicks = clock.Ticks - offset.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            {
                // No DateTime holds that instant: the text stays a string, as it did through the reader.
                return null;
            }

            var utc = new DateTime(utcTicks, DateTimeKind.Utc);
            var localTicks = utcTicks + local.GetUtcOffset(utc).Ticks;
            if (localTicks < DateTime.MinValue.Ticks || localTicks > DateTime.MaxValue.Ticks)
            {
                // The instant has no local time within DateTime's range (DateTimeOffset.MinValue west of UTC): it comes
                // back in UTC, the same instant, rather than clamped to another.
                return utc;
            }

            // One conversion for this machine's zone and the zones tests pass: in the machine's zone it marks the first of a
            // repeated hour as such, so the value goes back to the same instant; other zones give Unspecified.
            var converted = TimeZoneInfo.ConvertTimeFromUtc(utc, local);
            return converted.Kind == DateTimeKind.Local ? converted : DateTime.SpecifyKind(converted, DateTimeKind.Local);
        }
    }
}
