using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace DeepCopy.Core
{
    /// <summary>
    /// A copy's own failures, told apart from everything else user code may throw. Every DeepCopyException this copy
    /// raises is marked as its own (<see cref="Raise"/>), and the first one fails the copy for good: a copier that
    /// catches it and carries on cannot finish the copy, because the object that failed is already registered half
    /// filled (its fields still the source's), and any later reference to it would get that object. So the context's
    /// entry points refuse with that failure from then on, and the copy's end throws it if nothing else did.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>Copies run on this thread right now, one inside another (a copier that copies); see <see cref="IsCopyRunningOnThisThread"/>.</summary>
        [ThreadStatic]
        private static int _copiesRunningOnThread;

        /// <summary>
        /// What marks this copy's failures as its own, made at its first failure. A new one for each copy, so a failure of
        /// an earlier copy on a pooled context is not taken for this copy's; not the context itself, so an exception kept
        /// in an error list does not keep the context and its identity map alive.
        /// </summary>
        private object? _failureMark;

        /// <summary>The first failure this copy raised; once set, the copy has failed whatever user code does with it.</summary>
        private DeepCopyException? _failure;

        /// <summary>
        /// True while any copy runs on the current thread: a copy started now is nested in another (a copier or handler
        /// that copies), and is not counted as one of the pool's own rents (Measure-DeepCopy's pool hit rate).
        /// </summary>
        internal static bool IsCopyRunningOnThisThread => _copiesRunningOnThread != 0;

        /// <summary>
        /// True for what user code (a handler, a copier) threw that is its own failure, to be reported as HandlerFailed at
        /// the value's path: anything but this copy's own DeepCopyException (which already names its path) and a
        /// cancellation of this copy's token. A DeepCopyException of another copy (a copier's nested copy) and a
        /// cancellation of another token (the copier's own) are the copier's failures.
        /// </summary>
        internal bool IsHandlerFault(Exception ex) => ex switch
        {
            DeepCopyException error => !IsOwnFailure(error),
            OperationCanceledException => !_cancellationToken.IsCancellationRequested,
            _ => true,
        };

        /// <summary>Marks <paramref name="error"/> as this copy's, and fails the copy with it if it is the first.</summary>
        private DeepCopyException Raise(DeepCopyException error)
        {
            error.RaisedBy = _failureMark ??= new object();
            if (_failure is null)
            {
                _failure = error;

                // Entry points now refuse (EnsureRunning's slow path throws the failure again).
                _running = false;
            }

            return error;
        }

        private bool IsOwnFailure(DeepCopyException error) => _failureMark != null && ReferenceEquals(error.RaisedBy, _failureMark);

        private void StartFailureTracking()
        {
            _failureMark = null;
            _failure = null;
            _copiesRunningOnThread++;
        }

        private void StopFailureTracking()
        {
            // Not kept: the failure holds the offending value, a live object of the source graph.
            _failure = null;
            _failureMark = null;
            _copiesRunningOnThread--;
        }

        /// <summary>At the end of a copy: a failure raised in it, though user code caught it, fails the copy.</summary>
        private void ThrowIfFailed()
        {
            if (_failure != null)
            {
                ExceptionDispatchInfo.Capture(_failure).Throw();
            }
        }

        /// <summary>An entry point called while the copy is not open: it has failed (throw that failure again) or it has finished.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void ThrowNotOpen()
        {
            ThrowIfFailed();
            throw NotRunning();
        }
    }
}
