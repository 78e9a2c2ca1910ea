using System;
using System.Globalization;
using DeepCopy.Core.Strategies.Json;
using Xunit;

namespace DeepCopy.Tests.Json;

/// <summary>
/// The text a double is written in. On .NET Framework the strategy writes ShortestByRoundTrip itself (System.Text.Json
/// writes 17 digits there, a text a 17-digit decimal can share); it is checked here against .NET's own shortest form.
/// </summary>
public sealed class JsonDoubleTextTests
{
    [Fact]
    public void This_runtime_writes_the_shortest_form_itself()
    {
        Assert.True(JsonDoubleText.RuntimeWritesShortest);
        Assert.Equal("0.1", JsonDoubleText.Of(0.1));
    }

    [Fact]
    public void The_round_trip_text_reads_back_as_the_same_double_in_as_few_digits_as_the_shortest_form()
    {
        var random = new Random(20261128);
        var bytes = new byte[8];
        for (var i = 0; i < 20000; i++)
        {
            random.NextBytes(bytes);
            var value = i % 2 == 0 ? BitConverter.ToDouble(bytes, 0) : Math.Round(random.NextDouble(), random.Next(1, 16));
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                continue;
            }

            var text = JsonDoubleText.ShortestByRoundTrip(value);

            Assert.Equal(value, Parse(text));
            Assert.Equal(SignificantDigits(value.ToString("R", CultureInfo.InvariantCulture)), SignificantDigits(text));
        }
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int SignificantDigits(string text)
    {
        var exponent = text.IndexOfAny(new[] { 'E', 'e' });
        var digits = (exponent < 0 ? text : text.Substring(0, exponent)).Replace("-", string.Empty).Replace(".", string.Empty);
        return Math.Max(1, digits.Trim('0').Length);
    }
}
