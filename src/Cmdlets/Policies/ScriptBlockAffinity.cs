using System;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Policies
{
    /// <summary>
    /// Tells whether a script block was created in another runspace. PowerShell runs a script block against the session
    /// state it was bound to when it was made, so a copier that reached a <c>ForEach-Object -Parallel</c> block through
    /// <c>$using:</c> would run on the parallel thread against the parent runspace's state, which another thread is
    /// using: copies came back with nulls or extra output, at random. PowerShell refuses <c>$using:</c> script blocks in
    /// <c>-Parallel</c> for the same reason; nested in a hashtable they get through. The engine's session-state links
    /// are internal, so they are found by name once; without them (another PowerShell version) nothing is refused.
    /// </summary>
    internal sealed class ScriptBlockAffinity
    {
        private const BindingFlags InstanceNonPublic = BindingFlags.Instance | BindingFlags.NonPublic;

        private readonly PropertyInfo? _scriptBlockState;
        private readonly PropertyInfo? _sessionStateInternal;
        private readonly PropertyInfo? _executionContext;

        private ScriptBlockAffinity(PropertyInfo? scriptBlockState, PropertyInfo? sessionStateInternal, PropertyInfo? executionContext)
        {
            _scriptBlockState = scriptBlockState;
            _sessionStateInternal = sessionStateInternal;
            _executionContext = executionContext;
        }

        public static ScriptBlockAffinity Current { get; } = Detect();

        public bool IsAvailable => _scriptBlockState != null && _sessionStateInternal != null && _executionContext != null;

        /// <summary>True when <paramref name="scriptBlock"/> is bound to a runspace other than the one <paramref name="here"/> belongs to.</summary>
        public bool BelongsElsewhere(ScriptBlock scriptBlock, SessionState here)
        {
            if (!IsAvailable)
            {
                return false;
            }

            // An unbound script block ([scriptblock]::Create) binds to whichever runspace runs it: it belongs everywhere.
            var boundState = _scriptBlockState!.GetValue(scriptBlock);
            if (boundState is null)
            {
                return false;
            }

            var hereState = _sessionStateInternal!.GetValue(here);
            return hereState != null && !ReferenceEquals(_executionContext!.GetValue(boundState), _executionContext.GetValue(hereState));
        }

        private static ScriptBlockAffinity Detect()
        {
            var scriptBlockState = typeof(ScriptBlock).GetProperty("SessionStateInternal", InstanceNonPublic);
            var sessionStateInternal = typeof(SessionState).GetProperty("Internal", InstanceNonPublic);
            var executionContext = scriptBlockState?.PropertyType.GetProperty("ExecutionContext", InstanceNonPublic);
            return sessionStateInternal?.PropertyType == scriptBlockState?.PropertyType
                ? new ScriptBlockAffinity(scriptBlockState, sessionStateInternal, executionContext)
                : new ScriptBlockAffinity(null, null, null);
        }
    }
}
