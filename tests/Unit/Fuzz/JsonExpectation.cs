using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// What a Json copy of a generated graph must be, worked out from the loss rules in docs/json-strategy.md (not from
/// the strategy's code), and the same description read off the actual copy, so the two compare as text. Recursive:
/// the generated graphs are shallow.
/// </summary>
internal static class JsonExpectation
{
    private const string OrderedHashtable = "System.Management.Automation.OrderedHashtable";

    private static readonly Regex IsoDateTime = new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant);

    /// <summary>The description of what <paramref name="source"/> must come back as.</summary>
    public static string Expected(object? source)
    {
        var text = new StringBuilder();
        Expect(source, text);
        return text.ToString();
    }

    /// <summary>The description of <paramref name="copy"/>, in the same terms.</summary>
    public static string Actual(object? copy)
    {
        var text = new StringBuilder();
        Describe(copy, text);
        return text.ToString();
    }

    /// <summary>The deepest container level, the root container being level 0, counted as JSON nests (shared values at every place).</summary>
    public static int Depth(object? value, int level = 0)
    {
        var deepest = -1;
        foreach (var child in Children(value))
        {
            deepest = Math.Max(deepest, Depth(child, level + 1));
        }

        return IsContainer(value) ? Math.Max(level, deepest) : -1;
    }

    private static bool IsContainer(object? value) =>
        value is IDictionary || (value is IEnumerable && !(value is string)) || (value is PSObject);

    private static IEnumerable<object?> Children(object? value)
    {
        switch (value)
        {
            case PSObject custom when custom.ImmediateBaseObject is PSCustomObject:
                foreach (var property in custom.Properties)
                {
                    if (property is PSNoteProperty note)
                    {
                        yield return note.Value;
                    }
                }

                break;
            case PSObject wrapper:
                foreach (var item in (IEnumerable)wrapper.ImmediateBaseObject)
                {
                    yield return item;
                }

                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    yield return entry.Value;
                }

                break;
            case IEnumerable items when !(value is string):
                foreach (var item in items)
                {
                    yield return item;
                }

                break;
        }
    }

    private static void Expect(object? value, StringBuilder text)
    {
        switch (value)
        {
            case null:
            case DBNull:
                text.Append("null");
                return;
            case PSObject custom when custom.ImmediateBaseObject is PSCustomObject:
                // PSObjectMembers: only note properties, in order; script properties never run; type names lost.
                text.Append("PSCustomObject{");
                var first = true;
                foreach (var property in custom.Properties)
                {
                    if (property is PSNoteProperty note)
                    {
                        text.Append(first ? string.Empty : ",").Append(note.Name).Append(':');
                        Expect(note.Value, text);
                        first = false;
                    }
                }

                text.Append('}');
                return;
            case PSObject wrapper:
                // Notes on a wrapped list are dropped; the list is written.
                Expect(wrapper.ImmediateBaseObject, text);
                return;
            case IDictionary dictionary:
                // Types, Comparers, NonStringKeys: an ordered hashtable in the source's order, keys as invariant text.
                text.Append("OrderedHashtable{");
                var firstEntry = true;
                foreach (DictionaryEntry entry in dictionary)
                {
                    text.Append(firstEntry ? string.Empty : ",").Append(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)).Append(':');
                    Expect(entry.Value, text);
                    firstEntry = false;
                }

                text.Append('}');
                return;
            case string s:
                ExpectString(s, text);
                return;
            case IEnumerable items:
                // Types: every list, set or array (multi-dimensional ones flattened) comes back as object[].
                text.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    text.Append(firstItem ? string.Empty : ",");
                    Expect(item, text);
                    firstItem = false;
                }

                text.Append(']');
                return;
            default:
                ExpectScalar(value, text);
                return;
        }
    }

    private static void ExpectScalar(object value, StringBuilder text)
    {
        switch (value)
        {
            case bool flag:
                Scalar(flag, text);
                return;
            case char c:
                ExpectString(c.ToString(), text);
                return;
            case Guid guid:
                ExpectString(guid.ToString("D"), text);
                return;
            case TimeSpan span:
                ExpectString(span.ToString("c", CultureInfo.InvariantCulture), text);
                return;
            case Version version:
                ExpectString(version.ToString(), text);
                return;
            case Uri uri:
                ExpectString(uri.OriginalString, text);
                return;
            case DateTime when_:
                // DateTimes: value and Kind kept.
                Scalar(when_, text);
                return;
            case DateTimeOffset offset:
                Scalar(offset.LocalDateTime, text);
                return;
            case Enum item:
                ExpectNumber(Convert.ToInt64(item, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), text);
                return;
            case double d:
                ExpectFloatingPoint(d, d.ToString("R", CultureInfo.InvariantCulture), text);
                return;
            case float f:
                ExpectFloatingPoint(f, f.ToString("R", CultureInfo.InvariantCulture), text);
                return;
            case decimal m:
                ExpectNumber(m.ToString(CultureInfo.InvariantCulture), text);
                return;
            case BigInteger big:
                ExpectNumber(big.ToString(CultureInfo.InvariantCulture), text);
                return;
            default:
                // Integers of every width.
                ExpectNumber(Convert.ToString(value, CultureInfo.InvariantCulture)!, text);
                return;
        }
    }

    private static void ExpectFloatingPoint(double value, string written, StringBuilder text)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            // Numbers: NaN and the infinities are written as strings.
            ExpectString(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity", text);
            return;
        }

        ExpectNumber(written, text);
    }

    /// <summary>Numbers: typed by the text written: int, long, decimal or double, by the documented rules.</summary>
    private static void ExpectNumber(string written, StringBuilder text)
    {
        if (written.IndexOfAny(new[] { '.', 'e', 'E' }) < 0)
        {
            if (int.TryParse(written, NumberStyles.Integer, CultureInfo.InvariantCulture, out var small))
            {
                Scalar(small, text);
            }
            else if (long.TryParse(written, NumberStyles.Integer, CultureInfo.InvariantCulture, out var large))
            {
                Scalar(large, text);
            }
            else if (decimal.TryParse(written, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) && whole.ToString(CultureInfo.InvariantCulture) == written)
            {
                Scalar(whole, text);
            }
            else
            {
                Scalar(double.Parse(written, CultureInfo.InvariantCulture), text);
            }

            return;
        }

        var number = double.Parse(written, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (written == number.ToString("R", CultureInfo.InvariantCulture) || written == number.ToString("G17", CultureInfo.InvariantCulture))
        {
            Scalar(number, text);
        }
        else if (decimal.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && exact.ToString(CultureInfo.InvariantCulture) == written)
        {
            Scalar(exact, text);
        }
        else
        {
            Scalar(number, text);
        }
    }

    private static void ExpectString(string value, StringBuilder text)
    {
        // InvalidText: lone surrogates become U+FFFD. DateTimes: ISO-shaped strings come back as DateTimes.
        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                clean.Append(c).Append(value[++i]);
            }
            else
            {
                clean.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        var cleaned = clean.ToString();
        if (IsoDateTime.IsMatch(cleaned))
        {
            Scalar(DateTime.Parse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), text);
            return;
        }

        Scalar(cleaned, text);
    }

    private static void Describe(object? value, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case PSObject custom when custom.ImmediateBaseObject is PSCustomObject:
                text.Append("PSCustomObject{");
                var first = true;
                foreach (var property in custom.Properties)
                {
                    text.Append(first ? string.Empty : ",").Append(property.Name).Append(':');
                    Describe(property.Value, text);
                    first = false;
                }

                text.Append('}');
                return;
            case IDictionary dictionary when value.GetType().FullName == OrderedHashtable:
                text.Append("OrderedHashtable{");
                var firstEntry = true;
                foreach (DictionaryEntry entry in dictionary)
                {
                    text.Append(firstEntry ? string.Empty : ",").Append(entry.Key is string key ? key : "<" + entry.Key?.GetType() + ">").Append(':');
                    Describe(entry.Value, text);
                    firstEntry = false;
                }

                text.Append('}');
                return;
            case object?[] items when value.GetType() == typeof(object[]):
                text.Append('[');
                for (var i = 0; i < items.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Describe(items[i], text);
                }

                text.Append(']');
                return;
            case string or bool or int or long or decimal or double or DateTime:
                Scalar(value, text);
                return;
            default:
                text.Append("<unexpected ").Append(value.GetType().FullName).Append('>');
                return;
        }
    }

    private static void Scalar(object value, StringBuilder text)
    {
        text.Append(value.GetType().Name).Append(' ');
        switch (value)
        {
            case string s:
                text.Append('"').Append(s).Append('"');
                break;
            case DateTime when_:
                text.Append(when_.Ticks.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(when_.Kind);
                break;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
