namespace DeepCopy
{
    /// <summary>Well-known ways of copying in PowerShell without this module, measured as reference points by Measure-DeepCopy.</summary>
    public enum MeasurementBaseline
    {
        /// <summary>[PSSerializer]::Serialize then ::Deserialize: the CLIXML round trip remoting and Export-Clixml use. Lossy: types become Deserialized.*.</summary>
        PSSerializer,

        /// <summary>
        /// ConvertTo-Json -Depth 100 | ConvertFrom-Json -AsHashtable. Lossy: every object becomes a hashtable, array or
        /// scalar. Where ConvertFrom-Json has no -AsHashtable (Windows PowerShell 5.1), plain ConvertFrom-Json, in a row
        /// named "ConvertToJson (PSCustomObject)".
        /// </summary>
        ConvertToJson,
    }
}
