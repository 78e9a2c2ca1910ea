using System;
using System.Threading;
using System.Management.Automation;
using DeepCopy.Core.Measurement;

namespace DeepCopy.Measurement
{
    /// <summary>Builds the rows for <see cref="MeasurementBaseline"/>s. Baselines are lossy by design, so they only have to produce a copy.</summary>
    internal static class BaselineCopies
    {
        // Deep enough for any graph: PSSerializer limits its own nesting (about 50 levels of hashtables) and its
        // Deserialize refuses deeper XML, so a deeper graph fails in its row instead of being cut short silently.
        private const int SerializationDepth = int.MaxValue;

        // Run as a script, because it is a PowerShell idiom. Warnings and errors stop it, so a truncated or failed
        // round trip (ConvertTo-Json warns past -Depth 100) is reported in its row instead of being timed.
        private const string JsonRoundTrip =
            "param($value) $ErrorActionPreference = 'Stop'; $WarningPreference = 'Stop'; " +
            "ConvertTo-Json -InputObject $value -Depth 100 -Compress | ConvertFrom-Json -AsHashtable";

        public static MeasurableCopy Create(MeasurementBaseline baseline, CommandInvocationIntrinsics invokeCommand, object? input, CancellationToken cancellationToken)
        {
            switch (baseline)
            {
                case MeasurementBaseline.PSSerializer:
                    var table = SerializerHazards.FindDataTable(input, cancellationToken);
                    Func<object?, object?> roundTrip = table is null ? SerializerRoundTrip : _ => throw SerializerCannotFinish(table);
                    return new MeasurableCopy(baseline.ToString(), roundTrip, CopyVerifier.NonNull, isBaseline: true);
                case MeasurementBaseline.ConvertToJson:
                    var script = invokeCommand.NewScriptBlock(JsonRoundTrip);
                    return new MeasurableCopy(baseline.ToString(), value => script.InvokeReturnAsIs(new[] { value }), CopyVerifier.NonNull, isBaseline: true);
                default:
                    throw new ArgumentOutOfRangeException(nameof(baseline), baseline, "Unknown baseline.");
            }
        }

        // Reported in the row instead of run: the round trip would not end, and Ctrl+C cannot stop it from outside.
        private static NotSupportedException SerializerCannotFinish(string path) =>
            new NotSupportedException(
                "PSSerializer cannot copy the System.Data table at " + path + " at any useful depth: it writes every row's Table, and its rows, " +
                "again at each level, so the output grows faster than exponentially and the round trip does not finish.");

        private static object? SerializerRoundTrip(object? value) =>
            PSSerializer.Deserialize(PSSerializer.Serialize(value, SerializationDepth));
    }
}
