using System;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Equality of two framework immutables of the same type: the class library's Equals, except where it ignores part of
    /// the value that a copy must keep and that shows when the value is printed: a DateTime's Kind, a DateTimeOffset's
    /// Offset, a decimal's scale (1.0 and 1.00), a Uri's fragment and user info, the sign of a floating-point zero (-0
    /// prints as "-0"; NaN stays equal to NaN, and a decimal's -0 prints as "0"). Regex is compared by pattern, options
    /// and timeout, the non-generic Comparer by its CompareInfo.
    /// </summary>
    internal static class ValueEquality
    {
        public static bool AreEqual(object reference, object difference)
        {
            // The non-generic Comparer keeps reference equality too, yet two of one culture order alike.
            if (reference is System.Collections.Comparer comparer)
            {
                return CultureComparerEquality.AreEqual(comparer, (System.Collections.Comparer)difference);
            }

            // Regex keeps reference equality, yet two regexes with one pattern, options and timeout match alike.
            if (reference is Regex regex)
            {
                var other = (Regex)difference;
                return regex.ToString() == other.ToString() && regex.Options == other.Options && regex.MatchTimeout == other.MatchTimeout;
            }

            switch (reference)
            {
                case double number:
                    return SameDouble(number, (double)difference);
                case float number:
                    var otherSingle = (float)difference;
                    return number.Equals(otherSingle) && (number != 0 || IsNegative(number) == IsNegative(otherSingle));
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
                case Complex complex:
                    var otherComplex = (Complex)difference;
                    return SameDouble(complex.Real, otherComplex.Real) && SameDouble(complex.Imaginary, otherComplex.Imaginary);
                default:
                    // Half (no name in netstandard2.0): Equals ignores the sign of zero, its shortest text does not.
                    return reference.Equals(difference) &&
                        (!NewerFrameworkValues.IsHalf(reference.GetType()) || SameText((IFormattable)reference, (IFormattable)difference));
            }
        }

        /// <summary>
        /// True for the types whose Equals (so a hashed collection's default lookup) calls two values equal that
        /// <see cref="AreEqual"/> tells apart: a key of one of these found through the other collection is checked again.
        /// </summary>
        public static bool IsStricterThanEquals(Type type) =>
            type == typeof(double) || type == typeof(float) || type == typeof(DateTime) || type == typeof(DateTimeOffset) ||
            type == typeof(decimal) || type == typeof(Uri) || type == typeof(Complex) || NewerFrameworkValues.IsHalf(type);

        private static bool SameDouble(double reference, double difference) =>
            reference.Equals(difference) && (reference != 0 || IsNegative(reference) == IsNegative(difference));

        // 1/-0 is -Infinity: the sign of a zero without reading its bits (netstandard2.0 has no SingleToInt32Bits).
        private static bool IsNegative(double zero) => 1 / zero < 0;

        private static bool IsNegative(float zero) => 1 / zero < 0;

        private static bool SameText(IFormattable reference, IFormattable difference) =>
            string.Equals(reference.ToString(null, CultureInfo.InvariantCulture), difference.ToString(null, CultureInfo.InvariantCulture), StringComparison.Ordinal);

        private static int Scale(decimal number) => (decimal.GetBits(number)[3] >> 16) & 0xFF;
    }
}
