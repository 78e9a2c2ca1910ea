using System;
using System.Text.Json;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Decides whether a JSON string comes back as a DateTime (<see cref="JsonLossRules.DateTimes"/>). Like
    /// ConvertFrom-Json, a string shaped as an ISO 8601 date and time, <c>yyyy-MM-ddTHH:mm:ss</c> with an optional
    /// fraction and zone, does: with <c>Z</c> it is Utc, with an offset it is converted to this machine's local time
    /// (Kind Local), and with neither it is Unspecified. Since DateTime is written in that same form, a DateTime comes
    /// back with its Kind; a DateTimeOffset comes back as a local DateTime. Dates without a time stay strings.
    /// </summary>
    internal static class JsonDatePolicy
    {
        private const int ShortestDateTime = 19;

        public static object Read(ref Utf8JsonReader reader)
        {
            var text = reader.GetString()!;
            return IsDateTimeShaped(text) && reader.TryGetDateTime(out var time) ? time : (object)text;
        }

        /// <summary>A cheap test of the fixed part, <c>dddd-dd-ddTdd:dd:dd</c>; the parser checks the rest.</summary>
        private static bool IsDateTimeShaped(string text)
        {
            if (text.Length < ShortestDateTime || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
            {
                return false;
            }

            for (var i = 0; i < ShortestDateTime; i++)
            {
                if (i == 4 || i == 7 || i == 10 || i == 13 || i == 16)
                {
                    continue;
                }

                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
