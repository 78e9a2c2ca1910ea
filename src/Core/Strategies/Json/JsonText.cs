using System;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>Text helpers: strings JSON can encode, and the ASCII text of a number token.</summary>
    internal static class JsonText
    {
        /// <summary>
        /// The longest string or property name Utf8JsonWriter writes, in chars: its limit of a billion bytes for one
        /// token, divided by 6, the most a char can grow when escaped. Longer text makes it throw ArgumentException.
        /// </summary>
        public const int MaxLength = 166_666_666;

        private const char Replacement = '\uFFFD';

        /// <summary>
        /// Returns <paramref name="text"/>, with each lone surrogate replaced by U+FFFD (<see cref="JsonLossRules.InvalidText"/>):
        /// Utf8JsonWriter refuses text that is not valid UTF-16.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static string Clean(string text)
        {
            // PERF: one scan with no allocation for the usual string that holds no surrogate at all.
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsSurrogate(text[i]))
                {
                    return CleanFrom(text, i);
                }
            }

            return text;
        }

        public static string Ascii(ReadOnlySpan<byte> bytes)
        {
            var chars = new char[bytes.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static string CleanFrom(string text, int start)
        {
            char[]? chars = null;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                if (char.IsSurrogate(c))
                {
                    chars ??= text.ToCharArray();
                    chars[i] = Replacement;
                }
            }

            return chars is null ? text : new string(chars);
        }
    }
}
