using System;
using System.Globalization;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The runtime's newer scalars (<see cref="NewerFrameworkValues"/>) as Json writes them. Each is written like its
    /// nearest relative: Half like float, Int128 and UInt128 like BigInteger, DateOnly like a date, TimeOnly like TimeSpan. Written from their property
    /// bags instead, Half and the 128-bit integers came back as {}, their value lost.
    /// </summary>
    internal static class JsonNewerScalars
    {
        public static JsonScalarKind For(Type type)
        {
            switch (NewerFrameworkValues.NameOf(type))
            {
                case "System.Half":
                    return JsonScalarKind.Half;
                case "System.Int128":
                case "System.UInt128":
                    return JsonScalarKind.Int128;
                case "System.DateOnly":
                    return JsonScalarKind.DateOnly;
                case "System.TimeOnly":
                    return JsonScalarKind.TimeOnly;
                default:
                    return JsonScalarKind.None;
            }
        }

        /// <summary>The invariant text of a value of one of these kinds: a JSON number's for Half and the integers.</summary>
        public static string Text(object value, JsonScalarKind kind)
        {
            var formattable = (IFormattable)value;
            switch (kind)
            {
                case JsonScalarKind.Half:
                    // R: the shortest text that reads back as the same Half, as a float is written.
                    return formattable.ToString("R", CultureInfo.InvariantCulture);
                case JsonScalarKind.DateOnly:
                    return formattable.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
                case JsonScalarKind.TimeOnly:
                    // TimeSpan's c form for a time of day: the fraction only when there is one, always seven digits.
                    var text = formattable.ToString("HH':'mm':'ss'.'fffffff", CultureInfo.InvariantCulture);
                    return text.EndsWith(".0000000", StringComparison.Ordinal) ? text.Substring(0, text.Length - 8) : text;
                default:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
            }
        }
    }
}
