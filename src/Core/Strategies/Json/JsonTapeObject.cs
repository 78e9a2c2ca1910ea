namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>One JSON object on the <see cref="JsonTape"/>: what its source was, and the source itself.</summary>
    internal readonly struct JsonTapeObject
    {
        public JsonTapeObject(JsonObjectShape shape, object source)
        {
            Shape = shape;
            Source = source;
        }

        public JsonObjectShape Shape { get; }

        /// <summary>
        /// The value written as this object (what a wrapper wrapped), so a failure to build its copy can name the
        /// value that could not be copied, which the reader, holding only JSON, no longer has.
        /// </summary>
        public object Source { get; }
    }
}
