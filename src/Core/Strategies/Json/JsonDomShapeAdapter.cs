using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Writes System.Text.Json's own documents as the JSON they hold: a JsonValue or JsonElement as its scalar, a
    /// JsonElement object or array as a dictionary or array of its children, a JsonDocument as its root. Read through
    /// their public properties they were nonsense (a JsonElement's ValueKind) or a cycle (a node's Parent).
    /// JsonObject and JsonArray are a dictionary and a list already; only a parsed JsonObject is read from the element it
    /// still holds (see <see cref="ParsedElement"/>).
    /// </summary>
    internal sealed class JsonDomShapeAdapter : JsonShapeAdapter
    {
        /// <summary>
        /// JsonNode.Parse leaves a JsonObject holding its JsonElement until a member is first read; System.Text.Json then
        /// decodes every name, and throws for a name with an escaped lone surrogate, which the element can be read past
        /// (<see cref="JsonDomText"/>). Reading the element also leaves the source as it was. The field is private and
        /// found by name: on a runtime without it, JsonObject is read as the dictionary it is.
        /// </summary>
        private static readonly FieldInfo? ParsedElement = FindParsedElement();

        public override bool CanWrite(Type type) =>
            typeof(JsonValue).IsAssignableFrom(type) || type == typeof(JsonElement) || type == typeof(JsonDocument) ||
            (type == typeof(JsonObject) && ParsedElement != null);

        public override object? GetWrappedValue(object value)
        {
            switch (value)
            {
                case JsonDocument document:
                    return document.RootElement;
                case JsonElement element:
                    return Unwrap(element);
                case JsonValue node:
                    if (node.TryGetValue<JsonElement>(out var parsed))
                    {
                        return Unwrap(parsed);
                    }

                    return node.TryGetValue<object>(out var held) && held != null ? held : DBNull.Value;
                case JsonObject objectNode:
                    // Null, "not a wrapper", once the object was built or changed: it is then read as a dictionary.
                    return ParsedElement!.GetValue(objectNode) is JsonElement root ? Unwrap(root) : null;
                default:
                    return null;
            }
        }

        public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
        {
            shape = JsonObjectShape.Dictionary;
            return false;
        }

        // One level at a time: the children are JsonElements again, which this adapter unwraps when they are written.
        private static object? Unwrap(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var entries = new OrderedDictionary(StringComparer.Ordinal);
                    foreach (var property in element.EnumerateObject())
                    {
                        entries[JsonDomText.NameOf(property)] = property.Value;
                    }

                    return entries;
                case JsonValueKind.Array:
                    var items = new object?[element.GetArrayLength()];
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        items[index++] = item;
                    }

                    return items;
                case JsonValueKind.String:
                    return JsonDomText.StringOf(element);
                case JsonValueKind.Number:
                    return NumberOf(element);
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    // JSON null. A null here would mean "not a wrapper", so DBNull stands in: it is written as null.
                    return DBNull.Value;
            }
        }

        // By the number rule of the text the strategy reads back (JsonNumberPolicy), from the number's own text: its
        // TryGetDecimal rounded without a word, so 1e-300 became decimal 0.
        private static object NumberOf(JsonElement element) => JsonNumberPolicy.Of(Encoding.UTF8.GetBytes(element.GetRawText()));

        private static FieldInfo? FindParsedElement()
        {
            var field = typeof(JsonObject).GetField("_jsonElement", BindingFlags.Instance | BindingFlags.NonPublic);
            return field != null && field.FieldType == typeof(JsonElement?) ? field : null;
        }
    }
}
