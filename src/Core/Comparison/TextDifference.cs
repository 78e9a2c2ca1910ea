using System;
using System.Globalization;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The message for two different strings. Short plain ones read as they are; a long pair is shown around its first
    /// difference (cut at the start, both sides used to show the same first 60 characters), and where the texts may
    /// look alike (cut, or non-ASCII there: a composed 'é' against 'e' and a combining accent) the message names the
    /// index and the char codes that differ.
    /// </summary>
    internal static class TextDifference
    {
        private const int ContextBefore = 20;

        public static string Describe(string reference, string difference, int maxLength)
        {
            var index = FirstDifference(reference, difference);
            var cut = reference.Length > maxLength || difference.Length > maxLength;
            var start = cut ? Math.Max(0, index - ContextBefore) : 0;
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Expected {0} but found {1}.",
                ValueText.Quote(Window(reference, start, maxLength)),
                ValueText.Quote(Window(difference, start, maxLength)));
            var referenceChar = CharAt(reference, index);
            var differenceChar = CharAt(difference, index);
            if (IsPlain(referenceChar) && IsPlain(differenceChar))
            {
                return cut ? message + string.Format(CultureInfo.InvariantCulture, " They first differ at index {0}.", index) : message;
            }

            return message + string.Format(CultureInfo.InvariantCulture, " They first differ at index {0}: {1} against {2}.", index, Code(referenceChar), Code(differenceChar));
        }

        private static int FirstDifference(string reference, string difference)
        {
            var common = Math.Min(reference.Length, difference.Length);
            for (var i = 0; i < common; i++)
            {
                if (reference[i] != difference[i])
                {
                    return i;
                }
            }

            return common;
        }

        private static string Window(string text, int start, int maxLength)
        {
            if (start >= text.Length)
            {
                return start == 0 ? text : "...";
            }

            var length = Math.Min(maxLength, text.Length - start);
            return (start > 0 ? "..." : string.Empty) + text.Substring(start, length) + (start + length < text.Length ? "..." : string.Empty);
        }

        /// <summary>The char at <paramref name="index"/>, or -1 past the end.</summary>
        private static int CharAt(string text, int index) => index < text.Length ? text[index] : -1;

        // Printable ASCII (or the end of the text) cannot be mistaken for another character.
        private static bool IsPlain(int character) => character < 0 || (character >= 0x20 && character < 0x7F);

        private static string Code(int character) => character < 0 ? "the end" : "U+" + character.ToString("X4", CultureInfo.InvariantCulture);
    }
}
