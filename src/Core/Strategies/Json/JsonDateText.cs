using System;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Reads the ISO 8601 date-time text that Utf8JsonWriter writes and Utf8JsonReader.TryGetDateTime accepts, with
    /// seconds: <c>yyyy-MM-ddTHH:mm:ss</c>, an optional fraction of 1 to 16 digits (7 kept, like DateTime's ticks), and
    /// an optional zone, <c>Z</c> or <c>+hh</c>, <c>+hh:mm</c> up to 14 hours. It gives the clock time and the zone as
    /// written, without the reader's conversion through UTC, which fails at the ends of DateTime's range
    /// (<see cref="JsonDatePolicy"/> decides what they mean).
    /// </summary>
    internal static class JsonDateText
    {
        private const int ClockLength = 19;
        private const int MaxFractionDigits = 16;
        private const int MaxOffsetHours = 14;

        /// <summary>False when <paramref name="text"/> is not such a date-time, or names a day or time that does not exist.</summary>
        public static bool TryParse(string text, out DateTime clock, out JsonDateZone zone, out TimeSpan offset)
        {
            clock = default;
            zone = JsonDateZone.None;
            offset = default;
            if (text.Length < ClockLength || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
                || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
                || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second)
                || year == 0 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            var index = ClockLength;
            var fraction = 0L;
            if (index < text.Length && text[index] == '.')
            {
                var start = ++index;
                while (index < text.Length && index - start < MaxFractionDigits && IsDigit(text[index]))
                {
                    index++;
                }

                if (index == start)
                {
                    return false;
                }

                for (var i = 0; i < 7; i++)
                {
                    fraction = (fraction * 10) + (start + i < index ? text[start + i] - '0' : 0);
                }
            }

            clock = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction);
            return TryParseZone(text, index, out zone, out offset);
        }

        private static bool TryParseZone(string text, int index, out JsonDateZone zone, out TimeSpan offset)
        {
            zone = JsonDateZone.None;
            offset = default;
            if (index == text.Length)
            {
                return true;
            }

            if (text[index] == 'Z')
            {
                zone = JsonDateZone.Utc;
                return index + 1 == text.Length;
            }

            if (text[index] != '+' && text[index] != '-')
            {
                return false;
            }

            var rest = text.Length - index - 1;
            var minutes = 0;
            if ((rest != 2 && rest != 5) || !TryDigits(text, index + 1, 2, out var hours)
                || (rest == 5 && (text[index + 3] != ':' || !TryDigits(text, index + 4, 2, out minutes)))
                || hours > MaxOffsetHours || minutes > 59 || (hours == MaxOffsetHours && minutes != 0))
            {
                return false;
            }

            zone = JsonDateZone.Offset;
            offset = new TimeSpan(hours, minutes, 0);
            offset = text[index] == '-' ? offset.Negate() : offset;
            return true;
        }

        private static bool TryDigits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                if (!IsDigit(text[i]))
                {
                    return false;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return true;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
