using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>System.Text.Json's own documents come back as the JSON they hold, not as their public properties.</summary>
public sealed class JsonDomTests
{
    private const string Text = "{\"name\":\"web\",\"ports\":[80,443],\"ratio\":0.5,\"big\":12345678901,\"on\":true,\"none\":null,\"nested\":{\"k\":\"v\"}}";

    [Fact]
    public void A_parsed_JsonNode_comes_back_as_its_JSON()
    {
        AssertIsTheDocument(Copy(JsonNode.Parse(Text)));
    }

    [Fact]
    public void A_JsonDocument_and_a_JsonElement_come_back_as_their_JSON()
    {
        using var document = JsonDocument.Parse(Text);

        AssertIsTheDocument(Copy(document));
        AssertIsTheDocument(Copy(document.RootElement));
    }

    [Fact]
    public void Nodes_built_from_values_come_back_as_those_values()
    {
        var built = new JsonObject { ["n"] = 5, ["s"] = "text", ["list"] = new JsonArray(1, 2) };

        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(built));

        Assert.Equal(5, copy["n"]);
        Assert.Equal("text", copy["s"]);
        Assert.Equal(new object[] { 1, 2 }, Assert.IsType<object[]>(copy["list"]));
    }

    private static void AssertIsTheDocument(object? copy)
    {
        var map = Assert.IsAssignableFrom<IDictionary>(copy);
        Assert.Equal("web", map["name"]);
        Assert.Equal(new object[] { 80, 443 }, Assert.IsType<object[]>(map["ports"]));
        Assert.Equal(0.5, map["ratio"]);
        Assert.Equal(12345678901L, map["big"]);
        Assert.Equal(true, map["on"]);
        Assert.Null(map["none"]);
        Assert.Equal("v", Assert.IsAssignableFrom<IDictionary>(map["nested"])["k"]);
    }
}
