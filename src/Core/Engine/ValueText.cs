using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using DeepCopy.Core.Comparison;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Framework values as text for difference messages and key paths, without running code of the user's types: only
    /// class-library types are written out (a subclass of Encoding or CultureInfo could override what is read). Text is
    /// PowerShell-like and unambiguous: strings with control characters are escaped, chars and typed numbers say what
    /// they are, so two different values never read the same.
    /// </summary>
    internal static class ValueText
    {
        /// <summary>A framework value in words; null for anything else, which callers describe by its type.</summary>
        public static string? Describe(object value)
        {
            switch (value)
            {
                case string text:
                    return Quote(text);
                case char character:
                    return Char(character);
                case bool flag:
                    return flag ? "$true" : "$false";
                case Type type:
                    return "[" + TypeNames.Readable(type) + "]";
                case Enum _:
                    // Enum.ToString is the class library's (enums cannot override it): "ReadOnly, Hidden" for flags, the number when undefined.
                    return value.GetType().Name + "." + value;
                case DateTime date:
                    // The round-trip format shows the kind (Z, an offset or none), which a copy must keep.
                    return date.ToString("o", CultureInfo.InvariantCulture);
                case DateTimeOffset offset:
                    return offset.ToString("o", CultureInfo.InvariantCulture);
                case TimeSpan span:
                    return span.ToString("c", CultureInfo.InvariantCulture);
                case Version version:
                    // Tested before IFormattable: Version is one only on newer runtimes, and it is no number.
                    return version.ToString();
                case Uri uri when value.GetType() == typeof(Uri):
                    // As it was written, which is what ValueEquality compares: ToString lowers the host's case and unescapes.
                    return "<" + uri.OriginalString + ">";
                case IFormattable formattable when IsNumberOrId(value):
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                case IFormattable formattable when Metadata.NewerFrameworkValues.Contains(value.GetType()):
                    // DateOnly and TimeOnly in round-trip form (2024-01-02, 13:45:00.0000000); the numbers as the invariant culture writes them.
                    return formattable.ToString(value.GetType().Name.EndsWith("Only", StringComparison.Ordinal) ? "o" : null, CultureInfo.InvariantCulture);
            }

            return IsFramework(value) ? DescribeConfiguration(value) : null;
        }

        /// <summary>
        /// A framework value with the settings <see cref="Describe"/> leaves out, for two values whose short texts are the
        /// same: an Encoding's handling of invalid data (UTF8Encoding's throwOnInvalidBytes, or fallbacks given to
        /// GetEncoding), which its Equals compares. Null where nothing more is known.
        /// </summary>
        public static string? DescribeInDetail(object value) =>
            value is Encoding encoding && IsFramework(value) ? Describe(value) + " (" + EncoderFallbackText(encoding.EncoderFallback) + ", " + DecoderFallbackText(encoding.DecoderFallback) + ")" : null;

        /// <summary>
        /// A key as a path writes it: like <see cref="Describe"/>, with numbers typed as PowerShell literals (1L, 1d,
        /// 1.0), so keys 1 and 1L, which a dictionary holds apart, get different paths.
        /// </summary>
        public static string? Key(object key)
        {
            switch (key)
            {
                case int number:
                    return number.ToString(CultureInfo.InvariantCulture);
                case long number:
                    return number.ToString(CultureInfo.InvariantCulture) + "L";
                case uint number:
                    return number.ToString(CultureInfo.InvariantCulture) + "u";
                case ulong number:
                    return number.ToString(CultureInfo.InvariantCulture) + "ul";
                case short number:
                    return number.ToString(CultureInfo.InvariantCulture) + "s";
                case ushort number:
                    return number.ToString(CultureInfo.InvariantCulture) + "us";
                case sbyte number:
                    return number.ToString(CultureInfo.InvariantCulture) + "y";
                case byte number:
                    return number.ToString(CultureInfo.InvariantCulture) + "uy";
                case decimal number:
                    return number.ToString(CultureInfo.InvariantCulture) + "d";
                case BigInteger number:
                    return number.ToString(CultureInfo.InvariantCulture) + "n";
                case double number:
                    var text = number.ToString("R", CultureInfo.InvariantCulture);
                    return IsWholeNumberText(text) ? text + ".0" : text;
                case float number:
                    return "[float]" + number.ToString("R", CultureInfo.InvariantCulture);
                case DateTimeOffset offset:
                    // Typed: a DateTime of local kind writes the same round-trip text.
                    return "[DateTimeOffset]" + Describe(offset);
                default:
                    if (Metadata.NewerFrameworkValues.Contains(key.GetType()) && !(key is Complex))
                    {
                        // Int128 5 and int 5, Half 1.5 and double 1.5 are different keys: the type says which.
                        return "[" + key.GetType().Name + "]" + Describe(key);
                    }

                    // IntPtr and UIntPtr, which are not IFormattable on .NET Framework.
                    return key.GetType().IsPrimitive && !(key is bool) && !(key is char)
                        ? "[" + key.GetType().Name + "]" + Convert.ToString(key, CultureInfo.InvariantCulture)
                        : Describe(key);
            }
        }

        /// <summary>
        /// A string as a PowerShell literal: single-quoted, or double-quoted with backtick escapes when it holds control
        /// characters (NUL, newlines), which would otherwise be printed raw and look like nothing or like a space.
        /// </summary>
        public static string Quote(string text)
        {
            var hasControl = false;
            foreach (var c in text)
            {
                hasControl |= char.IsControl(c) || c == '\u2028' || c == '\u2029';
            }

            if (!hasControl)
            {
                // PowerShell ends a single-quoted string at any of its four single quotes, typographic ones included,
                // and reads each doubled as one.
                var quoted = new StringBuilder(text.Length + 2).Append('\'');
                foreach (var c in text)
                {
                    quoted.Append(c);
                    if (IsSingleQuote(c))
                    {
                        quoted.Append(c);
                    }
                }

                return quoted.Append('\'').ToString();
            }

            var escaped = new StringBuilder(text.Length + 8).Append('"');
            foreach (var c in text)
            {
                escaped.Append(Escape(c));
            }

            return escaped.Append('"').ToString();
        }

        /// <summary>A char as PowerShell writes one, so it cannot be taken for a string: [char]'a', or its code when it is a control character.</summary>
        public static string Char(char character) =>
            char.IsControl(character) ? "[char]" + CharCode(character) : "[char]" + Quote(character.ToString());

        public static string CharCode(char character) => "0x" + ((int)character).ToString("X4", CultureInfo.InvariantCulture);

        private static string Escape(char c)
        {
            switch (c)
            {
                case '\0': return "`0";
                case '\a': return "`a";
                case '\b': return "`b";
                case '\t': return "`t";
                case '\n': return "`n";
                case '\v': return "`v";
                case '\f': return "`f";
                case '\r': return "`r";
                case '\u001b': return "`e";
                case '`': return "``";
                case '$': return "`$";
                case '\u2028':
                case '\u2029':
                    return "`u{" + ((int)c).ToString("X", CultureInfo.InvariantCulture) + "}";
                default:
                    // PowerShell ends a double-quoted string at its typographic double quotes too.
                    if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E')
                    {
                        return "`" + c;
                    }

                    return char.IsControl(c) ? "`u{" + ((int)c).ToString("X", CultureInfo.InvariantCulture) + "}" : c.ToString();
            }
        }

        private static bool IsSingleQuote(char c) => c == '\'' || (c >= '\u2018' && c <= '\u201B');

        private static string? DescribeConfiguration(object value)
        {
            switch (value)
            {
                case Encoding encoding:
                    // Two UTF-8 encodings differ by whether they write a byte order mark, which the web name does not show.
                    return "[Encoding]" + Quote(encoding.WebName) + (encoding.GetPreamble().Length > 0 ? " with a byte order mark" : string.Empty);
                case Regex regex:
                    return "[regex]" + Quote(regex.ToString()) + RegexSettings(regex);
                case CultureInfo culture:
                    return "[cultureinfo]" + Quote(culture.Name);
                case TimeZoneInfo zone:
                    return "[TimeZoneInfo]" + Quote(zone.Id);
                case System.Reflection.MethodBase method:
                    // A delegate's method: two dynamic methods (PowerShell's script block delegates) are otherwise told apart by nothing.
                    return MethodText(method);
                default:
                    return null;
            }
        }

        private static string MethodText(System.Reflection.MethodBase method)
        {
            var owner = method.DeclaringType is null ? "[dynamic method]" : "[" + TypeNames.Readable(method.DeclaringType) + "]";
            var parameters = Array.ConvertAll(method.GetParameters(), parameter => TypeNames.Readable(parameter.ParameterType));
            return owner + "::" + method.Name + "(" + string.Join(", ", parameters) + ")";
        }

        // The class library's fallbacks are sealed, so their text is theirs; another fallback is named by its type only.
        private static string EncoderFallbackText(EncoderFallback fallback) =>
            fallback is EncoderExceptionFallback ? "invalid characters throw"
            : fallback is EncoderReplacementFallback replacement ? "invalid characters become " + Quote(replacement.DefaultString)
            : "invalid characters go to a [" + TypeNames.Readable(fallback.GetType()) + "]";

        private static string DecoderFallbackText(DecoderFallback fallback) =>
            fallback is DecoderExceptionFallback ? "invalid bytes throw"
            : fallback is DecoderReplacementFallback replacement ? "invalid bytes become " + Quote(replacement.DefaultString)
            : "invalid bytes go to a [" + TypeNames.Readable(fallback.GetType()) + "]";

        private static string RegexSettings(Regex regex)
        {
            var parts = new System.Collections.Generic.List<string>();
            if (regex.Options != RegexOptions.None)
            {
                parts.Add("options " + regex.Options.ToString());
            }

            if (regex.MatchTimeout != Regex.InfiniteMatchTimeout)
            {
                parts.Add("timeout " + regex.MatchTimeout.ToString("c", CultureInfo.InvariantCulture));
            }

            return parts.Count == 0 ? string.Empty : " (" + string.Join(", ", parts) + ")";
        }

        private static bool IsFramework(object value) => FrameworkAssemblies.Contains(value.GetType().Assembly);

        private static bool IsNumberOrId(object value) =>
            value.GetType().IsPrimitive || value is decimal || value is Guid || value is BigInteger;

        private static bool IsWholeNumberText(string text)
        {
            foreach (var c in text)
            {
                if (c != '-' && (c < '0' || c > '9'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
