using System.Text.Json;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// JSON text a wrapper holds (Newtonsoft's JRaw), handed back by its adapter unparsed: the strategy parses it where
    /// it is written (<see cref="JsonWrapperChain"/>), since only there is the depth the copy's limit leaves known.
    /// </summary>
    internal sealed class JsonRawText
    {
        public JsonRawText(string text)
        {
            Text = text;
        }

        public string Text { get; }

        /// <summary>
        /// The parsed text, cloned so that it outlives its document (returned to its pool at once); null when it nests
        /// deeper than <paramref name="maxDepth"/> levels, System.Text.Json's count. Text that is not JSON throws.
        /// </summary>
        public JsonElement? Parse(int maxDepth)
        {
            try
            {
                using (var document = JsonDocument.Parse(Text, new JsonDocumentOptions { MaxDepth = maxDepth }))
                {
                    return document.RootElement.Clone();
                }
            }
            catch (JsonException) when (NestsDeeperThan(maxDepth))
            {
                return null;
            }
        }

        /// <summary>Whether the text is JSON's null (whitespace around it allowed), which the copy writes as null.</summary>
        public bool IsNull()
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(Text));
            try
            {
                return reader.Read() && reader.TokenType == JsonTokenType.Null && !reader.Read();
            }
            catch (JsonException)
            {
                return false;
            }
        }

        // Asked only once the parse failed: the depth and syntax failures are both a JsonException.
        private bool NestsDeeperThan(int maxDepth)
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(Text), new JsonReaderOptions { MaxDepth = int.MaxValue });
            try
            {
                while (reader.Read())
                {
                    if ((reader.TokenType == JsonTokenType.StartArray || reader.TokenType == JsonTokenType.StartObject) && reader.CurrentDepth >= maxDepth)
                    {
                        return true;
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON before it got that deep.
            }

            return false;
        }
    }
}
