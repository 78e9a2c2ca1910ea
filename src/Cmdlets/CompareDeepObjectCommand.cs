using System;
using System.Management.Automation;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Errors;

namespace DeepCopy
{
    /// <summary>
    /// Compare-DeepObject: compares two object graphs structurally and writes one DeepCopy.Difference per difference, with
    /// its path. Nothing is written when they are equal, so <c>Compare-DeepObject $a $b | Should -BeNullOrEmpty</c> reads
    /// as it should. A thin adapter over <see cref="DeepComparer"/>.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "DeepObject")]
    [OutputType(typeof(DeepDifference))]
    public sealed class CompareDeepObjectCommand : PSCmdlet, IDisposable
    {
        /// <summary>The PSTypeName of every difference written.</summary>
        public const string DifferenceTypeName = "DeepCopy.Difference";

        private static readonly string[] DisplayedProperties = { "Path", "Kind", "Message" };
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        /// <summary>The graph taken as the expected one; paths are written from its side.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public object? ReferenceObject { get; set; }

        /// <summary>The graph compared with it.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public object? DifferenceObject { get; set; }

        /// <summary>Also report each mutable object reachable from both graphs (a deep copy has none).</summary>
        [Parameter]
        public SwitchParameter Independence { get; set; }

        /// <summary>Stop after this many differences.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int MaxDifferences { get; set; }

        public void Dispose() => _stop.Dispose();

        protected override void EndProcessing()
        {
            PowerShellRegistrations.EnsureRegistered();
            var options = new DeepCompareOptions
            {
                Independence = Independence,
                MaxDifferences = MaxDifferences,
                CancellationToken = _stop.Token,
            };

            System.Collections.Generic.IReadOnlyList<DeepDifference> differences;
            try
            {
                differences = DeepComparer.Compare(ReferenceObject, DifferenceObject, options);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (!(failure is PipelineStoppedException) && !(failure is OperationCanceledException))
            {
                // A collection that changed or threw while it was read: nothing sound can be reported.
                ThrowTerminatingError(PolicyErrors.CompareFailed(failure, ReferenceObject));
                return;
            }

            foreach (var difference in differences)
            {
                WriteObject(Wrap(difference));
            }
        }

        protected override void StopProcessing() => _stop.Cancel();

        private static PSObject Wrap(DeepDifference difference)
        {
            var wrapper = new PSObject(difference);
            wrapper.TypeNames.Insert(0, DifferenceTypeName);
            // Shown as a table of Path, Kind and Message unless a format file says otherwise.
            wrapper.Members.Add(new PSMemberSet(
                "PSStandardMembers",
                new PSMemberInfo[] { new PSPropertySet("DefaultDisplayPropertySet", DisplayedProperties) }));
            return wrapper;
        }
    }
}
