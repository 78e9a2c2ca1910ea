using System;
using System.Collections;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// Newtonsoft.Json's documents, which PowerShell 7 ships and scripts parse with [JObject]::Parse, come back as the JSON
/// they hold. Read by the built-in rules they failed: a JObject enumerates JProperty children to IEnumerable, not the
/// pairs its IDictionary promises, and a JValue is an empty sequence of tokens.
/// </summary>
public sealed class JsonNewtonsoftTests
{
    private const string Text = "{\"name\":\"web\",\"ports\":[80,443],\"ratio\":0.5,\"big\":12345678901,\"on\":true,\"none\":null,\"nested\":{\"k\":\"v\"}}";

    [Fact]
    public void A_parsed_JObject_comes_back_as_its_JSON_in_order()
    {
        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(JObject.Parse(Text)));

        Assert.Equal(new[] { "name", "ports", "ratio", "big", "on", "none", "nested" }, KeysOf(copy));
        Assert.Equal("web", copy["name"]);
        Assert.Equal(new object[] { 80, 443 }, Assert.IsType<object[]>(copy["ports"]));
        Assert.Equal(0.5, copy["ratio"]);
        Assert.Equal(12345678901L, copy["big"]);
        Assert.Equal(true, copy["on"]);
        Assert.Null(copy["none"]);
        Assert.Equal("v", Assert.IsAssignableFrom<IDictionary>(copy["nested"])["k"]);
    }

    [Fact]
    public void A_JArray_and_a_lone_JValue_come_back_as_their_values()
    {
        Assert.Equal(new object[] { 1, "two", true }, Assert.IsType<object[]>(Copy(JArray.Parse("[1,\"two\",true]"))));
        Assert.Equal("text", Copy(new JValue("text")));
        Assert.Equal(42, Copy(new JValue(42L)));
    }

    [Fact]
    public void A_date_value_comes_back_by_the_strategy_date_rule()
    {
        var when = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(new JObject { ["when"] = when }));

        Assert.Equal(Copy(new Hashtable { ["when"] = when }) is IDictionary expected ? expected["when"] : null, copy["when"]);
    }

    [Fact]
    public void A_JProperty_reached_on_its_own_is_an_object_of_one_member()
    {
        var property = JObject.Parse("{\"k\":[1]}").Property("k")!;

        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(property));

        Assert.Equal(new object[] { 1 }, Assert.IsType<object[]>(copy["k"]));
    }

    [Fact]
    public void A_JRaw_is_written_as_the_JSON_it_holds()
    {
        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(new JObject { ["raw"] = new JRaw("{\"a\":[1,2]}") }));

        var raw = Assert.IsAssignableFrom<IDictionary>(copy["raw"]);
        Assert.Equal(new object[] { 1, 2 }, Assert.IsType<object[]>(raw["a"]));
    }

    [Fact]
    public void The_source_document_is_unchanged()
    {
        var source = JObject.Parse(Text);
        var before = source.ToString();

        Copy(source);

        Assert.Equal(before, source.ToString());
    }

    private static List<string> KeysOf(IDictionary map)
    {
        var keys = new List<string>();
        foreach (var key in map.Keys)
        {
            keys.Add((string)key);
        }

        return keys;
    }
}
