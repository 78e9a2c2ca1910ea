using System;
using System.Management.Automation;
using System.Threading;
using DeepCopy.Core.Measurement;

namespace DeepCopy.Measurement
{
    /// <summary>Builds the rows for <see cref="MeasurementBaseline"/>s. Baselines are lossy by design, so they only have to produce a copy.</summary>
    internal static class BaselineCopies
    {
        // PSSerializer counts depth in levels of properties; the graph's walk counts steps between objects, whose
        // deepest object still has its own scalar members to write, so two levels of slack cover every shape.
        private const int DepthSlack = 2;

        // Run as a script, because it is a PowerShell idiom. Errors stop it, and a warning (ConvertTo-Json warns when it
        // cuts a graph deeper than -Depth 100, or with a cycle) is collected rather than shown and then fails it, so a
        // truncated round trip is reported in its row instead of being timed, and nothing is written to the console
        // past the caller's -WarningAction. On the pipeline thread, PowerShell's own stop reaches ConvertTo-Json, which
        // then stops converting.
        private const string JsonWriteSteps =
            "param($value) $ErrorActionPreference = 'Stop'; " +
            "$json = ConvertTo-Json -InputObject $value -Depth 100 -Compress -WarningAction SilentlyContinue -WarningVariable warned; " +
            "if ($warned.Count -gt 0) { throw ('ConvertTo-Json warned: ' + $warned[0]) }; ";

        private const string JsonWrite = JsonWriteSteps + "$json";

        // The whole round trip as one script, where JsonObject cannot be found to read the text back stoppably.
        private const string JsonRoundTrip = JsonWriteSteps + "$json | ConvertFrom-Json";

        /// <summary>The ConvertToJson row's name where ConvertFrom-Json cannot return hashtables (Windows PowerShell 5.1).</summary>
        internal const string JsonObjectsRowName = "ConvertToJson (PSCustomObject)";

        /// <summary>What -Verbose says when the ConvertToJson row reads JSON back as PSCustomObjects.</summary>
        internal const string JsonObjectsNote =
            "ConvertFrom-Json has no -AsHashtable parameter in this PowerShell (Windows PowerShell 5.1 lacks it), so the ConvertToJson baseline reads the JSON back as PSCustomObjects, in the row named '" +
            JsonObjectsRowName + "'. Its time is not comparable with the hashtable round trip measured elsewhere.";

        /// <summary>
        /// True when the ConvertFrom-Json this session resolves takes -AsHashtable (PowerShell 6 and later). Looked up in
        /// the caller's scope, where the round trip's script runs, so a command that shadows it there is the one asked.
        /// </summary>
        private static bool JsonReadsHashtables(CommandInvocationIntrinsics invokeCommand)
        {
            var command = invokeCommand.GetCommand("ConvertFrom-Json", CommandTypes.Alias | CommandTypes.Function | CommandTypes.Cmdlet);
            return command?.Parameters.ContainsKey("AsHashtable") == true;
        }

        public static MeasurableCopy Create(MeasurementBaseline baseline, CommandInvocationIntrinsics invokeCommand, object? input, CancellationToken cancellationToken)
        {
            switch (baseline)
            {
                case MeasurementBaseline.PSSerializer:
                    SerializerInspection inspection;
                    try
                    {
                        inspection = SerializerHazards.Inspect(input, cancellationToken);
                    }
                    catch (Exception unreadable) when (!(unreadable is OperationCanceledException))
                    {
                        // The rows are built before any is measured: a graph this walk cannot read (a disposed
                        // collection, an enumerator that throws) fails this row alone, with why, when it is measured.
                        var reason = DepthUnknown(unreadable);
                        return new MeasurableCopy(baseline.ToString(), _ => throw reason, CopyVerifier.NonNull, isBaseline: true);
                    }

                    var table = inspection.DataTablePath;
                    var depth = inspection.GraphDepth + DepthSlack;
                    var cliXml = StoppableCliXml.Current;
                    Func<object?, object?> roundTrip = table != null
                        ? _ => throw SerializerCannotFinish(table)
                        : cliXml != null
                            ? value => cliXml.RoundTrip(value, depth, cancellationToken)
                            : value => PSSerializer.Deserialize(PSSerializer.Serialize(value, depth));
                    return new MeasurableCopy(baseline.ToString(), roundTrip, CopyVerifier.NonNull, isBaseline: true);
                case MeasurementBaseline.ConvertToJson:
                    // Both forms are lossy by design, so the same check applies: the round trip produced something.
                    var asHashtable = JsonReadsHashtables(invokeCommand);
                    var name = asHashtable ? baseline.ToString() : JsonObjectsRowName;
                    var reader = StoppableJsonRead.For(invokeCommand, asHashtable);
                    if (reader is null)
                    {
                        var script = invokeCommand.NewScriptBlock(asHashtable ? JsonRoundTrip + " -AsHashtable" : JsonRoundTrip);
                        return new MeasurableCopy(name, value => script.InvokeReturnAsIs(new[] { value }), CopyVerifier.NonNull, isBaseline: true);
                    }

                    var write = invokeCommand.NewScriptBlock(JsonWrite);
                    return new MeasurableCopy(
                        name,
                        value => reader.Read(JsonText(write.InvokeReturnAsIs(new[] { value }), cancellationToken), cancellationToken),
                        CopyVerifier.NonNull,
                        isBaseline: true);
                default:
                    throw new ArgumentOutOfRangeException(nameof(baseline), baseline, "Unknown baseline.");
            }
        }

        // A stop can end ConvertTo-Json before it writes its text: then there is nothing to read back.
        private static string JsonText(object? written, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (written is PSObject wrapped ? wrapped.BaseObject : written) as string
                ?? throw new InvalidOperationException("ConvertTo-Json wrote no JSON text.");
        }

        private static NotSupportedException DepthUnknown(Exception unreadable) =>
            new NotSupportedException(
                "PSSerializer was not run: walking the graph to choose its depth failed with " + unreadable.GetType().Name + ": " + unreadable.Message,
                unreadable);

        // Reported in the row instead of run: the round trip would not end, so there would be nothing to time.
        private static NotSupportedException SerializerCannotFinish(string path) =>
            new NotSupportedException(
                "PSSerializer cannot copy the System.Data table at " + path + " at any useful depth: it writes every row's Table, and its rows, " +
                "again at each level, so the output grows faster than exponentially and the round trip does not finish.");
    }
}
