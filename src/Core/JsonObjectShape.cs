namespace DeepCopy.Core
{
    /// <summary>
    /// What a JSON object stood for in the source, so the Json strategy can rebuild the same kind of thing there.
    /// JSON itself cannot say; the strategy records it beside the text as it writes.
    /// </summary>
    public enum JsonObjectShape
    {
        /// <summary>A dictionary: keys and values (a hashtable, an ordered dictionary, a <c>Dictionary&lt;K,V&gt;</c>...).</summary>
        Dictionary = 0,

        /// <summary>An object with named properties (a PSCustomObject, or any object written from its public properties).</summary>
        Object = 1,
    }
}
