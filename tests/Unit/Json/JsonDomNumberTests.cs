using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// A number inside System.Text.Json's documents comes back by the same number rules as any other number: typed by its
/// text. The documents' numbers were read through TryGetDecimal, which rounds without a word, so 1e-300 came back as
/// decimal 0 and a fraction longer than decimal's precision lost its tail.
/// </summary>
public sealed class JsonDomNumberTests
{
    public static TheoryData<string, object> Numbers() => new TheoryData<string, object>
    {
        { "5", 5 },
        { "12345678901", 12345678901L },
        { "12345678901234567890", 12345678901234567890m },
        { "0.1", 0.1 },
        { "1.10", 1.10m },
        { "0.1234567890123456789", 0.1234567890123456789m },
        { "1e-31", 1e-31 },
        { "1.5e-29", 1.5e-29 },
        { "1e-300", 1e-300 },
        { "2.5E-200", 2.5e-200 },
        { "0.12345678901234567890123456789012", 0.12345678901234567890123456789012 },
        { "1e400", "Infinity" },
        { "-1e400", "-Infinity" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_number_of_a_JsonDocument_comes_back_typed_by_its_text(string text, object expected)
    {
        using var document = JsonDocument.Parse("[" + text + "]");

        AssertIsOnly(expected, Copy(document));
        AssertIsOnly(expected, Copy(document.RootElement));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_number_of_a_parsed_JsonNode_comes_back_typed_by_its_text(string text, object expected)
    {
        AssertIsOnly(expected, Copy(JsonNode.Parse("[" + text + "]")));
        AssertIsOnly(expected, Copy(JsonNode.Parse(text)));
    }

    private static void AssertIsOnly(object expected, object? copy)
    {
        var value = copy is object[] items ? Assert.Single(items) : copy;

        Assert.Equal(expected.GetType(), value!.GetType());
        Assert.Equal(expected, value);
    }
}
