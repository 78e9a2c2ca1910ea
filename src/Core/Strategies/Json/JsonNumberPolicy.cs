using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Decides what CLR type a JSON number comes back as, from its text alone (<see cref="JsonLossRules.Numbers"/>):
    /// <list type="bullet">
    /// <item>An integer literal (no '.', 'e' or 'E'): int if it fits; else long; else decimal if decimal holds it
    /// exactly; else the nearest double. ConvertFrom-Json would give long (and BigInteger); int first matches what
    /// PowerShell literals give and what most sources held.</item>
    /// <item>Any other literal: double when the text is exactly how that double is written (its shortest round-trip
    /// form, <see cref="JsonDoubleText"/>), so every finite double comes back as itself and a decimal comes back as a
    /// double only when both are written alike (0.1m, not 0.10000000000000001m); else decimal
    /// when decimal holds the text exactly, digits and trailing zeros alike (a decimal's text, such as 1.10 or
    /// 0.1234567890123456789); else the nearest double.</item>
    /// </list>
    /// A nearest double that is infinite (a BigInteger beyond double's range) comes back as the string "Infinity" or
    /// "-Infinity", as an infinite double does: one answer for every infinity.
    /// The same rule types the numbers of System.Text.Json's documents (<see cref="JsonDomShapeAdapter"/>), from their text.
    /// </summary>
    internal static class JsonNumberPolicy
    {
        public static object Read(ref Utf8JsonReader reader) => Of(reader.ValueSpan);

        /// <summary>The value of the JSON number whose UTF-8 text is <paramref name="raw"/>.</summary>
        public static object Of(ReadOnlySpan<byte> raw)
        {
            if (IsIntegerLiteral(raw))
            {
                if (Utf8Parser.TryParse(raw, out int small, out var used) && used == raw.Length)
                {
                    return small;
                }

                if (Utf8Parser.TryParse(raw, out long large, out used) && used == raw.Length)
                {
                    return large;
                }

                var digits = JsonText.Ascii(raw);
                return decimal.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) && IsExactText(whole, digits)
                    ? whole
                    : Nearest(ParseDouble(digits));
            }

            var text = JsonText.Ascii(raw);
            var number = ParseDouble(text);
            if (IsDoubleText(number, text))
            {
                return number;
            }

            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && IsExactText(exact, text)
                ? exact
                : Nearest(number);
        }

        private static object Nearest(double number) => double.IsInfinity(number) ? JsonScalarWriter.NonFinite(number) : number;

        private static bool IsIntegerLiteral(ReadOnlySpan<byte> raw)
        {
            foreach (var b in raw)
            {
                if (b == (byte)'.' || b == (byte)'e' || b == (byte)'E')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDoubleText(double number, string text) => text == JsonDoubleText.Of(number);

        private static bool IsExactText(decimal number, string text) => text == number.ToString(CultureInfo.InvariantCulture);

        private static double ParseDouble(string text)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            // Older runtimes refuse a literal beyond double's range rather than rounding it to infinity.
            return text.Length > 0 && text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }
    }
}
