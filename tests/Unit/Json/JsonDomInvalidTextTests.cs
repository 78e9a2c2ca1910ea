using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// JSON text may escape a lone surrogate ("\ud800"), which no .NET string reader of System.Text.Json accepts. The
/// InvalidText rule holds for System.Text.Json's documents as for .NET strings: it comes back as U+FFFD.
/// </summary>
public sealed class JsonDomInvalidTextTests
{
    [Fact]
    public void A_lone_surrogate_string_in_a_JsonDocument_or_JsonElement_comes_back_as_U_FFFD()
    {
        using var document = JsonDocument.Parse("[\"\\ud800\",\"a\\udc00b\"]");

        Assert.Equal(new object[] { "\uFFFD", "a\uFFFDb" }, Assert.IsType<object[]>(Copy(document)));
        Assert.Equal(new object[] { "\uFFFD", "a\uFFFDb" }, Assert.IsType<object[]>(Copy(document.RootElement)));
    }

    [Fact]
    public void A_lone_surrogate_string_in_a_JsonNode_comes_back_as_U_FFFD()
    {
        Assert.Equal(new object[] { "\uFFFD" }, Assert.IsType<object[]>(Copy(JsonNode.Parse("[\"\\ud800\"]"))));
    }

    [Fact]
    public void A_lone_surrogate_key_in_a_JsonDocument_comes_back_as_U_FFFD()
    {
        using var document = JsonDocument.Parse("{\"a\\udc00b\":1,\"ok\":2}");

        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(document));

        Assert.Equal(1, copy["a\uFFFDb"]);
        Assert.Equal(2, copy["ok"]);
    }

    [Fact]
    public void A_lone_surrogate_key_in_a_JsonObject_comes_back_as_U_FFFD()
    {
        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(JsonNode.Parse("{\"\\udc00\":1}")));

        Assert.Equal(1, copy["\uFFFD"]);
    }

    [Fact]
    public void A_lone_surrogate_key_in_a_JsonObject_inside_a_JsonArray_comes_back_as_U_FFFD()
    {
        var copy = Assert.IsType<object[]>(Copy(JsonNode.Parse("[{\"\\ud800\":{\"inner\\udfff\":\"v\\ud800\"}}]")));

        var outer = Assert.IsAssignableFrom<IDictionary>(copy[0]);
        var inner = Assert.IsAssignableFrom<IDictionary>(outer["\uFFFD"]);
        Assert.Equal("v\uFFFD", inner["inner\uFFFD"]);
    }

    [Fact]
    public void A_parsed_JsonObject_changed_after_parsing_comes_back_with_its_changes()
    {
        var node = JsonNode.Parse("{\"a\":1}")!.AsObject();
        node["b"] = 2;

        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(node));

        Assert.Equal(1, copy["a"]);
        Assert.Equal(2, copy["b"]);
    }

    [Fact]
    public void Every_other_escape_beside_a_lone_surrogate_is_decoded()
    {
        using var document = JsonDocument.Parse("{\"k\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\\ud800\":\"v\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\\ud800\"}");

        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(document));

        Assert.Equal("v\"\\/\b\f\n\r\t\u00e9\ud83d\ude00\uFFFD", copy["k\"\\/\b\f\n\r\t\u00e9\ud83d\ude00\uFFFD"]);
    }

    [Fact]
    public void A_number_beyond_double_range_in_a_JsonDocument_comes_back_as_the_string_Infinity()
    {
        using var document = JsonDocument.Parse("[1e400,-1e400,123456789012345678901234567890123456789]");

        Assert.Equal(new object[] { "Infinity", "-Infinity", 1.2345678901234568E+38 }, Assert.IsType<object[]>(Copy(document)));
    }
}
