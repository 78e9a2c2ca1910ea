using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace DeepCopy.Benchmarks
{
    /// <summary>The serializer baselines: lossy copies by way of text, as people write them when no deep copy is at hand.</summary>
    internal static class RoundTrips
    {
        // PSSerializer caps its own nesting and refuses XML nested too deeply, so no depth is too large to ask for.
        public static object? PSSerializer(object graph) =>
            System.Management.Automation.PSSerializer.Deserialize(System.Management.Automation.PSSerializer.Serialize(graph, int.MaxValue));

        /// <summary>
        /// Untyped graphs come back as a mutable JSON DOM (JsonNode): the closest System.Text.Json has to a hashtable.
        /// JsonNode.Parse only wraps a parsed document and creates nodes when they are first read, so every node is
        /// read here: a copy nobody can use until it is walked would flatter the baseline.
        /// </summary>
        public static JsonNode? SystemTextJsonToDom(object graph)
        {
            var root = JsonNode.Parse(JsonSerializer.Serialize(graph));
            var pending = new Stack<JsonNode>();
            if (root != null)
            {
                pending.Push(root);
            }

            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case JsonObject map:
                        foreach (var entry in map)
                        {
                            if (entry.Value != null)
                            {
                                pending.Push(entry.Value);
                            }
                        }

                        break;
                    case JsonArray items:
                        foreach (var item in items)
                        {
                            if (item != null)
                            {
                                pending.Push(item);
                            }
                        }

                        break;
                }
            }

            return root;
        }

        public static T? SystemTextJsonTyped<T>(T graph, JsonSerializerOptions? options = null) =>
            JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(graph, options), options);

        /// <summary>Untyped graphs come back as a mutable JToken tree.</summary>
        public static JToken NewtonsoftToDom(object graph) => JToken.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(graph));

        public static T? NewtonsoftTyped<T>(T graph, Newtonsoft.Json.JsonSerializerSettings? settings = null) =>
            Newtonsoft.Json.JsonConvert.DeserializeObject<T>(Newtonsoft.Json.JsonConvert.SerializeObject(graph, settings), settings);
    }
}
