using System;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core
{
    /// <summary>
    /// A context is valid only while its copy runs. A handler or copier that kept it and used it later would write into
    /// the identity map and work stack of a finished copy, and Pooled reuses that very context for the thread's next copy,
    /// which then shared an object with something outside its source. Such a use between copies now throws, and every
    /// copy starts from empty scratch whatever happened to the context before. A pooled context that user code was
    /// handed is not run again at all (DeepCopyContext.Handover.cs), so a kept reference stays refused while the thread's
    /// next copy runs too; docs/policies.md says what is not checked.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        // One bool, read by every public entry point: handlers call CopyElement once per element, so the check must be
        // a field read and a branch, no more. (A number per copy would not help: a stale reference and the current one
        // would be the same object; instead a context user code saw is never run again.) False also once the copy has failed,
        // so the same check refuses a copier that carries on after catching the failure (DeepCopyContext.Failures.cs).
        private bool _running;

        /// <summary>Starts a copy on this context: scratch left by anything before is dropped, and the public entry points open.</summary>
        private void BeginCopy()
        {
            if (_map.Count != 0 || _work.Count != 0 || _path.Count != 0)
            {
                _map.Clear();
                _work.Clear();
                _path.Clear();
            }

            ClearStandIns();
            EnterKnownStatics();
            StartFailureTracking();
            _running = true;
        }

        /// <summary>Ends the copy, also when it failed: from here every public entry point refuses.</summary>
        private void EndCopy()
        {
            _running = false;
            StopFailureTracking();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void EnsureRunning()
        {
            if (!_running)
            {
                ThrowNotOpen();
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidOperationException NotRunning() => new InvalidOperationException(
            "This DeepCopyContext is used outside its copy: a context is valid only during the handler or copier call that " +
            "received it, and that copy has finished. Copy children through the context while the call runs, or start a new " +
            "copy with DeepCopier.Copy.");
    }
}
