using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// What travels beside the JSON text, because JSON cannot say it: each JSON object's shape and source, in document
    /// order, and the values carried by reference (shared by contract, or non-copyable under NonCopyableAction Reference),
    /// each keyed by the ordinal of the JSON value (a null) that stands in for it.
    /// </summary>
    internal sealed class JsonTape
    {
        public List<JsonTapeObject> Objects { get; } = new List<JsonTapeObject>();

        public List<KeyValuePair<int, object>> References { get; } = new List<KeyValuePair<int, object>>();

        /// <summary>
        /// The shape adapters of this copy, read from the registry once, so the writer refuses exactly the member names
        /// that the adapters the reader asks to build objects cannot hold.
        /// </summary>
        public JsonShapeAdapter[] Adapters { get; set; } = Array.Empty<JsonShapeAdapter>();

        public void Clear()
        {
            Objects.Clear();
            References.Clear();
            Adapters = Array.Empty<JsonShapeAdapter>();
        }
    }
}
