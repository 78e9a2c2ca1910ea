using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Writes System.Text.Json's own documents as the JSON they hold: a JsonValue or JsonElement as its scalar, a
    /// JsonElement object or array as a dictionary or array of its children, a JsonDocument as its root. Read through
    /// their public properties they were nonsense (a JsonElement's ValueKind) or a cycle (a node's Parent).
    /// JsonObject and JsonArray need nothing: they are a dictionary and a list already.
    /// </summary>
    internal sealed class JsonDomShapeAdapter : JsonShapeAdapter
    {
        public override bool CanWrite(Type type) =>
            typeof(JsonValue).IsAssignableFrom(type) || type == typeof(JsonElement) || type == typeof(JsonDocument);

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
                        entries[property.Name] = property.Value;
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
                    return element.GetString();
                case JsonValueKind.Number:
                    return element.TryGetInt64(out var whole) ? whole : element.TryGetDecimal(out var exact) ? exact : (object)element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    // JSON null. A null here would mean "not a wrapper", so DBNull stands in: it is written as null.
                    return DBNull.Value;
            }
        }
    }
}
