using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The strings and property names of System.Text.Json's documents, under <see cref="JsonLossRules.InvalidText"/>.
    /// JSON text may escape a lone surrogate ("\ud800"); it is valid JSON, but GetString and JsonProperty.Name refuse to
    /// decode it. Such text is decoded here from its raw form instead, each lone surrogate becoming U+FFFD, as for a
    /// .NET string.
    /// </summary>
    internal static class JsonDomText
    {
        public static string StringOf(JsonElement element)
        {
            try
            {
                return element.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // The element is a string (the caller checked), so this is the refused surrogate: its raw text is the token.
                return Decode(element.GetRawText());
            }
        }

        public static string NameOf(JsonProperty property)
        {
            try
            {
                return property.Name;
            }
            catch (InvalidOperationException)
            {
                // Documented: the raw text of the property, from the open quote of its name to the end of its value.
                return Decode(property.ToString());
            }
        }

        /// <summary>
        /// Decodes the JSON string token at the start of <paramref name="raw"/>. The document was validated when it was
        /// parsed, so the token is well formed: it opens with a quote and every escape is complete.
        /// </summary>
        private static string Decode(string raw)
        {
            var text = new StringBuilder(raw.Length);
            for (var i = 1; i < raw.Length && raw[i] != '"'; i++)
            {
                var c = raw[i];
                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                var escaped = raw[++i];
                switch (escaped)
                {
                    case 'b':
                        text.Append('\b');
                        break;
                    case 'f':
                        text.Append('\f');
                        break;
                    case 'n':
                        text.Append('\n');
                        break;
                    case 'r':
                        text.Append('\r');
                        break;
                    case 't':
                        text.Append('\t');
                        break;
                    case 'u':
                        text.Append((char)int.Parse(raw.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default:
                        // '"', '\\' and '/' stand for themselves.
                        text.Append(escaped);
                        break;
                }
            }

            return JsonText.Clean(text.ToString());
        }
    }
}
