using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>Difference messages write framework values so that two different values never read the same.</summary>
public sealed class ValueMessageTests
{
    [Fact]
    public void Versions_are_written_out()
    {
        Assert.Equal("Expected 1.2 but found 1.3.", Message(new Version(1, 2), new Version(1, 3)));
    }

    [Fact]
    public void Encodings_are_written_by_web_name_and_byte_order_mark()
    {
        Assert.Equal("Expected [Encoding]'utf-8' with a byte order mark but found [Encoding]'utf-8'.", Message(new UTF8Encoding(true), new UTF8Encoding(false)));
        Assert.Equal("Expected [Encoding]'utf-16' with a byte order mark but found [Encoding]'utf-16BE'.", Message(new UnicodeEncoding(false, true), new UnicodeEncoding(true, false)));
    }

    [Fact]
    public void Encodings_that_differ_only_in_what_they_do_with_invalid_data_say_so()
    {
        Assert.Equal(
            "Expected [Encoding]'utf-8' with a byte order mark (invalid characters become '\uFFFD', invalid bytes become '\uFFFD') " +
            "but found [Encoding]'utf-8' with a byte order mark (invalid characters throw, invalid bytes throw).",
            Message(new UTF8Encoding(true, false), new UTF8Encoding(true, true)));
        Assert.Equal(
            "Expected [Encoding]'utf-16BE' (invalid characters throw, invalid bytes throw) but found [Encoding]'utf-16BE' (invalid characters become '\uFFFD', invalid bytes become '\uFFFD').",
            Message(new UnicodeEncoding(true, false, true), new UnicodeEncoding(true, false, false)));
    }

    [Fact]
    public void Encodings_that_differ_in_their_replacement_or_a_fallback_of_their_own_say_so()
    {
        // Encoding.ASCII is a sealed subclass; GetEncoding makes the plain ASCIIEncoding each time.
        var plain = Encoding.GetEncoding("us-ascii", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        var starred = Encoding.GetEncoding("us-ascii", new EncoderReplacementFallback("*"), new DecoderReplacementFallback("*"));
        var custom = Encoding.GetEncoding("us-ascii", new SkippingEncoderFallback(), DecoderFallback.ExceptionFallback);

        Assert.Equal(
            "Expected [Encoding]'us-ascii' (invalid characters become '?', invalid bytes become '?') but found [Encoding]'us-ascii' (invalid characters become '*', invalid bytes become '*').",
            Message(plain, starred));
        Assert.Equal(
            "Expected [Encoding]'us-ascii' (invalid characters become '*', invalid bytes become '*') " +
            "but found [Encoding]'us-ascii' (invalid characters go to a [DeepCopy.Tests.Comparison.SkippingEncoderFallback], invalid bytes throw).",
            Message(starred, custom));
    }

    [Fact]
    public void Regexes_are_written_by_pattern_options_and_timeout()
    {
        Assert.Equal(
            "Expected [regex]'a+' but found [regex]'a+' (options IgnoreCase, timeout 00:00:01).",
            Message(new Regex("a+"), new Regex("a+", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))));
    }

    [Fact]
    public void Cultures_are_written_by_name()
    {
        Assert.Equal("Expected [cultureinfo]'en-US' but found [cultureinfo]'fr-FR'.", Message(new CultureInfo("en-US"), new CultureInfo("fr-FR")));
    }

    [Fact]
    public void Chars_are_quoted_and_control_chars_escaped()
    {
        Assert.Equal("Expected [char]'a' but found [char]'b'.", Message('a', 'b'));
        Assert.Equal("Expected [char]' ' but found [char]0x0000.", Message(' ', '\0'));
    }

    [Fact]
    public void Strings_with_control_chars_are_written_as_escaped_double_quoted_text()
    {
        Assert.Equal("Expected \"a`0b\" but found \"a`nb`t`$x`\"\". They first differ at index 1: U+0000 against U+000A.", Message("a\0b", "a\nb\t$x\""));
        Assert.Equal("Expected 'it''s' but found 'its'.", Message("it's", "its"));
    }

    [Fact]
    public void Long_strings_that_differ_late_show_the_text_around_the_first_difference()
    {
        var reference = new string('x', 70) + "abc" + new string('y', 70);
        var difference = new string('x', 70) + "abd" + new string('y', 70);

        var message = Message(reference, difference);

        Assert.Equal(
            "Expected '..." + new string('x', 18) + "abc" + new string('y', 39) + "...' but found '..." + new string('x', 18) + "abd" + new string('y', 39) +
            "...'. They first differ at index 72.",
            message);
    }

    [Fact]
    public void Composed_and_decomposed_text_name_the_first_differing_char_codes()
    {
        Assert.Equal("Expected 'caf\u00e9' but found 'cafe\u0301'. They first differ at index 3: U+00E9 against U+0065.", Message("caf\u00e9", "cafe\u0301"));
        Assert.Equal("Expected 'e' but found 'e\u0301'. They first differ at index 1: the end against U+0301.", Message("e", "e\u0301"));
    }

    [Fact]
    public void Short_ascii_strings_keep_the_plain_message()
    {
        Assert.Equal("Expected 'a' but found 'b'.", Message("a", "b"));
    }

    private static string Message(object reference, object difference) => Assert.Single(DeepComparer.Compare(reference, difference)).Message;
}
