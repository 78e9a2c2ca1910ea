using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Measurement;
using DeepCopy.Errors;
using DeepCopy.Measurement;
using DeepCopy.Policies;

namespace DeepCopy
{
    /// <summary>
    /// Measure-DeepCopy: times every strategy (and optional baselines) on one graph and writes one row per way of
    /// copying, fastest first. A thin adapter over Core's <see cref="MeasurementRunner"/>.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Measure, "DeepCopy")]
    [OutputType(typeof(MeasurementResult))]
    public sealed class MeasureDeepCopyCommand : PSCmdlet, IDisposable
    {
        private const string OutputTypeName = "DeepCopy.Measurement";
        private const int ProgressActivityId = 1;
        private static readonly long ProgressInterval = Stopwatch.Frequency / 5; // 200 ms
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private string? _lastProgressStatus;
        private long _lastProgress;

        /// <summary>The graph to copy. It is measured as one object, even when it is a collection.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowNull]
        public object? InputObject { get; set; }

        /// <summary>The strategies to measure; all of them when left out.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public DeepCopyStrategy[]? Strategy { get; set; }

        /// <summary>Copies made without this module, measured in the same run as reference points.</summary>
        [Parameter]
        public MeasurementBaseline[]? Baseline { get; set; }

        /// <summary>Timed iterations per row (at most a million); chosen from each row's speed (about a second per row) when left out.</summary>
        [Parameter]
        [ValidateRange(1, 1_000_000)]
        public int Iterations { get; set; }

        /// <summary>
        /// The fewest untimed warm-up copies per row (at most a million, like -Iterations: a larger count only makes a slow
        /// copy run for hours); fast copies keep warming up for a quarter of a second. 0 turns warm-up off.
        /// </summary>
        [Parameter]
        [ValidateRange(0, 1_000_000)]
        public int Warmup { get; set; } = 3;

        /// <summary>What the measured copies do with values that cannot be copied, as for Copy-DeepObject.</summary>
        [Parameter]
        public NonCopyableAction NonCopyableAction { get; set; } = NonCopyableAction.Throw;

        public void Dispose() => _stop.Dispose();

        protected override void BeginProcessing() => PowerShellRegistrations.EnsureRegistered();

        protected override void ProcessRecord()
        {
            if (InputObject is null)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidMeasurementInput(
                    "Measure-DeepCopy needs an object graph to copy; $null copies to $null and there is nothing to time."));
                return;
            }

            var rows = CreateRows();
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Measuring {0} way{1} of copying a [{2}].", rows.Count, rows.Count == 1 ? string.Empty : "s", TypeNames.Readable(InputObject.GetType())));
            var sharedWarmup = Math.Min(Warmup, MeasurementRunner.SharedWarmupRounds);
            WriteVerbose(string.Format(
                CultureInfo.InvariantCulture,
                "Each row makes one copy and checks it{0} before any row is timed; a row that fails its check is copied no more.",
                sharedWarmup == 0 ? string.Empty : sharedWarmup == 1 ? ", then 1 warm-up copy," : ", then " + sharedWarmup + " warm-up copies,"));
            var settings = new MeasurementSettings { Warmup = Warmup, Iterations = Iterations > 0 ? Iterations : (int?)null };
            IReadOnlyList<MeasurementResult> results;
            try
            {
                results = new MeasurementRunner(settings).Run(InputObject, rows, OnProgress, _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Ctrl+C: StopProcessing cancelled the run, inside a copy or the check of one or between two; PowerShell ends the pipeline.
                return;
            }
            finally
            {
                if (_lastProgressStatus != null)
                {
                    WriteProgress(new ProgressRecord(ProgressActivityId, "Measure-DeepCopy", _lastProgressStatus) { PercentComplete = 100, RecordType = ProgressRecordType.Completed });
                }
            }

            foreach (var result in results)
            {
                var row = new PSObject(result);
                row.TypeNames.Insert(0, OutputTypeName);
                WriteObject(row);
            }
        }

        protected override void StopProcessing() => _stop.Cancel();

        private List<MeasurableCopy> CreateRows()
        {
            var sessionPolicies = SessionTypePolicies.Current;
            var strategies = new List<DeepCopyStrategy>();
            foreach (DeepCopyStrategy strategy in Strategy ?? (DeepCopyStrategy[])Enum.GetValues(typeof(DeepCopyStrategy)))
            {
                if (!strategies.Contains(strategy))
                {
                    strategies.Add(strategy);
                }
            }

            var rows = new List<MeasurableCopy>();
            foreach (var strategy in strategies)
            {
                // The session's type policies apply, as they do to Copy-DeepObject, so a row measures the copy the user gets.
                var options = new DeepCopyOptions
                {
                    Strategy = strategy,
                    NonCopyableAction = NonCopyableAction,
                    TypePolicies = sessionPolicies,
                    CancellationToken = _stop.Token,
                };
                // The structural check accepts the values these options drop or share, and only those.
                rows.Add(MeasurableCopy.ForOptions(options, CopyVerifier.Structural));
            }

            var baselines = new List<MeasurementBaseline>();
            foreach (var baseline in Baseline ?? Array.Empty<MeasurementBaseline>())
            {
                if (!baselines.Contains(baseline))
                {
                    baselines.Add(baseline);
                    var row = BaselineCopies.Create(baseline, InvokeCommand, InputObject, _stop.Token);
                    rows.Add(row);
                    if (row.Name == BaselineCopies.JsonObjectsRowName)
                    {
                        WriteVerbose(BaselineCopies.JsonObjectsNote);
                    }
                }
            }

            return rows;
        }

        // Runs on the pipeline thread, between iterations. Throttled, because drawing the bar costs far more than a
        // fast copy; the start of each row is always shown.
        private void OnProgress(MeasurementProgress progress)
        {
            if (progress.Phase == MeasurementPhase.Completed)
            {
                WriteVerbose(DescribeRow(progress.Result!));
                return;
            }

            var now = Stopwatch.GetTimestamp();
            if (progress.Phase != MeasurementPhase.Verifying && now - _lastProgress < ProgressInterval)
            {
                return;
            }

            _lastProgress = now;
            _lastProgressStatus = string.Format(
                CultureInfo.InvariantCulture,
                "{0} ({1} of {2}): {3}",
                progress.Name,
                progress.Row + 1,
                progress.RowCount,
                progress.Phase == MeasurementPhase.Measuring
                    ? string.Format(CultureInfo.InvariantCulture, "iteration {0} of {1}", progress.Iteration, progress.Iterations)
                    : progress.Phase == MeasurementPhase.Verifying ? "verifying one copy" : "warming up");

            // A new record each time: hosts and jobs that keep the progress stream keep the records themselves.
            WriteProgress(new ProgressRecord(ProgressActivityId, "Measure-DeepCopy", _lastProgressStatus)
            {
                PercentComplete = (int)Math.Min(100, progress.Fraction * 100),
            });
        }

        private static string DescribeRow(MeasurementResult row) => row.Error != null
            ? string.Format(CultureInfo.InvariantCulture, "{0}: not measured. {1}", row.Strategy, row.Error)
            : string.Format(
                CultureInfo.InvariantCulture,
                "{0}: checked one copy ({1}), then {2} warm-up copies and {3} timed iterations of {4} copies each; median {5:0.###} us, {6} bytes and {7} objects per copy.",
                row.Strategy,
                row.Verification,
                row.WarmupCopies,
                row.Iterations,
                row.CopiesPerIteration,
                row.MedianNanoseconds / 1000,
                row.AllocatedBytesPerCopy?.ToString(CultureInfo.InvariantCulture) ?? "unknown",
                row.ObjectsPerCopy?.ToString(CultureInfo.InvariantCulture) ?? "uncounted");
    }
}
