using System;
using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Errors;
using DeepCopy.Policies;

namespace DeepCopy
{
    /// <summary>Copy-DeepObject: returns a deep copy of each input object. A thin adapter over <see cref="DeepCopier"/>.</summary>
    [Cmdlet(VerbsCommon.Copy, "DeepObject")]
    [OutputType(typeof(object))]
    public sealed class CopyDeepObjectCommand : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private DeepCopyOptions? _options;
        private bool _verbose;

        /// <summary>The object to copy. Pipeline items are copied one by one; a collection given here is copied whole.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public object? InputObject { get; set; }

        /// <summary>How the copy walks the graph.</summary>
        [Parameter]
        public DeepCopyStrategy Strategy { get; set; } = DeepCopyStrategy.Auto;

        /// <summary>What to do with values that cannot be copied.</summary>
        [Parameter]
        public NonCopyableAction NonCopyableAction { get; set; } = NonCopyableAction.Throw;

        /// <summary>The deepest nesting allowed; the input itself is level 0. Leave it out for no limit (1000 with -Strategy Json).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int MaxDepth { get; set; }

        /// <summary>
        /// How chosen types and their subtypes are treated in this copy: keys are types or type names, values 'Copy',
        /// 'Share', 'Null', 'Throw', 'Clone', a script block that receives the source and returns its copy, or a Core
        /// TypePolicy (a copier script block, bare or inside one, must belong to this runspace). They come before the
        /// session's defaults (Set-DeepCopyTypePolicy); see docs/policies.md.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary? TypePolicy { get; set; }

        public void Dispose() => _stop.Dispose();

        protected override void BeginProcessing()
        {
            // Also here, for hosts that load the assembly without importing the module.
            PowerShellRegistrations.EnsureRegistered();
            _options = new DeepCopyOptions
            {
                Strategy = Strategy,
                NonCopyableAction = NonCopyableAction,
                MaxDepth = MaxDepth,
                CancellationToken = _stop.Token,
                TypePolicies = ResolveTypePolicies(),
            };
            _verbose = IsVerbose();
        }

        protected override void ProcessRecord()
        {
            var started = Stopwatch.GetTimestamp();
            object? copy;
            CopyStatistics statistics;
            try
            {
                copy = DeepCopier.Copy(InputObject, _options, out statistics);
            }
            catch (DeepCopyException failure)
            {
                // Non-terminating: the other pipeline items are still copied.
                WriteError(ErrorRecordFactory.FromCopyFailure(failure));
                return;
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Ctrl+C: StopProcessing asked the engine to stop; the half-built copy is dropped.
                return;
            }

            if (_verbose)
            {
                // Built only when it will be shown: formatting it cost more than copying a small pipeline item.
                WriteVerbose(string.Format(
                    CultureInfo.InvariantCulture,
                    "Copied a [{0}] with the {1} strategy: {2} object{3}, {4} level{5} deep, in {6:0.###} ms.",
                    InputObject is null ? "null" : TypeNames.Readable(InputObject.GetType()),
                    Strategy,
                    statistics.ObjectsCopied,
                    statistics.ObjectsCopied == 1 ? string.Empty : "s",
                    statistics.MaxDepthReached,
                    statistics.MaxDepthReached == 1 ? string.Empty : "s",
                    (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency));
            }

            WriteObject(copy, enumerateCollection: false);
        }

        /// <summary>Whether WriteVerbose would show anything: -Verbose, or else $VerbosePreference, read once per call.</summary>
        private bool IsVerbose()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Verbose", out var bound) && bound is SwitchParameter verbose)
            {
                return verbose.IsPresent;
            }

            var preference = GetVariableValue("VerbosePreference");
            return !(preference is ActionPreference action) || (action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore);
        }

        protected override void StopProcessing() => _stop.Cancel();

        /// <summary>This call's policies over the session's; without -TypePolicy, the session's set itself, so pooled plans stay warm.</summary>
        private TypePolicySet ResolveTypePolicies()
        {
            var session = SessionTypePolicies.Current;
            if (TypePolicy is null)
            {
                return session;
            }

            try
            {
                return TypePolicyParser.Parse(TypePolicy, SessionState).WithFallback(session);
            }
            catch (InvalidTypePolicyException failure)
            {
                ThrowTerminatingError(PolicyErrors.InvalidTypePolicy(failure));
                throw;
            }
        }
    }
}
