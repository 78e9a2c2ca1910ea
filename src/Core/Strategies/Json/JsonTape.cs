using System.Collections.Generic;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// What travels beside the JSON text, because JSON cannot say it: the shape of each JSON object, in document order,
    /// and the values carried by reference (shared by contract, or non-copyable under NonCopyableAction Reference),
    /// each keyed by the ordinal of the JSON value (a null) that stands in for it.
    /// </summary>
    internal sealed class JsonTape
    {
        public List<JsonObjectShape> Shapes { get; } = new List<JsonObjectShape>();

        public List<KeyValuePair<int, object>> References { get; } = new List<KeyValuePair<int, object>>();

        public void Clear()
        {
            Shapes.Clear();
            References.Clear();
        }
    }
}
