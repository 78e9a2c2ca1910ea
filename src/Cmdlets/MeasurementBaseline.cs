namespace DeepCopy
{
    /// <summary>Well-known ways of copying in PowerShell without this module, measured as reference points by Measure-DeepCopy.</summary>
    public enum MeasurementBaseline
    {
        /// <summary>
        /// [PSSerializer]::Serialize then ::Deserialize: the CLIXML round trip remoting and Export-Clixml use. Lossy: types
        /// become Deserialized.*. Run through the serializer's internals, so Ctrl+C stops it as it stops Export-Clixml.
        /// </summary>
        PSSerializer,

        /// <summary>
        /// ConvertTo-Json -Depth 100, then the text read back as ConvertFrom-Json -AsHashtable reads it (JsonObject's
        /// ConvertFromJson, long text on a worker thread that Ctrl+C abandons). Lossy: every object becomes a hashtable,
        /// array or scalar. Where ConvertFrom-Json has no -AsHashtable (Windows PowerShell 5.1), read as plain
        /// ConvertFrom-Json reads it, in a row named "ConvertToJson (PSCustomObject)".
        /// </summary>
        ConvertToJson,
    }
}
