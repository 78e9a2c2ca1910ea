using System;
using System.Text.RegularExpressions;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Equality of two framework immutables of the same type: the class library's Equals, except where it ignores part of
    /// the value that a copy must keep and that shows when the value is printed: a DateTime's Kind, a DateTimeOffset's
    /// Offset, a decimal's scale (1.0 and 1.00), a Uri's fragment and user info. Regex is compared by pattern, options and timeout.
    /// </summary>
    internal static class ValueEquality
    {
        public static bool AreEqual(object reference, object difference)
        {
            // Regex keeps reference equality, yet two regexes with one pattern, options and timeout match alike.
            if (reference is Regex regex)
            {
                var other = (Regex)difference;
                return regex.ToString() == other.ToString() && regex.Options == other.Options && regex.MatchTimeout == other.MatchTimeout;
            }

            switch (reference)
            {
                case DateTime date:
                    var otherDate = (DateTime)difference;
                    return date.Ticks == otherDate.Ticks && date.Kind == otherDate.Kind;
                case DateTimeOffset offset:
                    return offset.EqualsExact((DateTimeOffset)difference);
                case decimal number:
                    return number == (decimal)difference && Scale(number) == Scale((decimal)difference);
                case Uri uri:
                    // Uri.Equals ignores the fragment and the user info (and the case of the host): the text it was
                    // made from keeps them. The engine shares a Uri, so a right copy is the same instance anyway.
                    var otherUri = (Uri)difference;
                    return uri.Equals(otherUri) && string.Equals(uri.OriginalString, otherUri.OriginalString, StringComparison.Ordinal);
                default:
                    return reference.Equals(difference);
            }
        }

        private static int Scale(decimal number) => (decimal.GetBits(number)[3] >> 16) & 0xFF;
    }
}
