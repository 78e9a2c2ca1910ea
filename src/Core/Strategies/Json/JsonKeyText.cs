using System;
using System.Globalization;
using System.Numerics;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>Turns a dictionary key into the JSON name it is written under (<see cref="JsonLossRules.NonStringKeys"/>).</summary>
    internal static class JsonKeyText
    {
        public static string From(object? key)
        {
            switch (key)
            {
                case null:
                    return string.Empty;
                case string text:
                    return JsonText.Clean(text);
                case char c:
                    return JsonText.Clean(c.ToString());
                case Enum value:
                    // Enum.ToString runs no user code: it is the name, or the number when no name matches.
                    return value.ToString();
                case DateTime time:
                    return time.ToString("O", CultureInfo.InvariantCulture);
                case DateTimeOffset time:
                    return time.ToString("O", CultureInfo.InvariantCulture);
                case TimeSpan span:
                    return span.ToString("c", CultureInfo.InvariantCulture);
                case IFormattable formattable when IsFrameworkFormattable(key):
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                case IFormattable _ when JsonNewerScalars.For(key.GetType()) is var newer && newer != JsonScalarKind.None:
                    // The same text as the value, not the current culture's ToString (Half 1.5 is "1,5" in German).
                    return JsonNewerScalars.Text(key, newer);
                default:
                    // The user's ToString runs here: documented under NonStringKeys.
                    return JsonText.Clean(key.ToString() ?? string.Empty);
            }
        }

        private static bool IsFrameworkFormattable(object key) =>
            key.GetType().IsPrimitive || key is decimal || key is Guid || key is BigInteger;
    }
}
