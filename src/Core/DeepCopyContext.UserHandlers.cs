using System;
using System.Runtime.CompilerServices;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// What the engine does around code the user supplied (registered handlers, custom copiers, Clone policies), which it
    /// cannot trust to be quick, to return the right type or not to throw: each failure becomes a DeepCopyException with
    /// the path of the value, like the failures of custom copiers.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>
        /// After a user handler's CreateShell (a registered handler, a custom copier, a Clone policy): user code may take
        /// any time, so it is not one cheap step of the countdown; the token is read at once (a volatile read, nothing
        /// next to the call). Then the shell must fit wherever the source was stored: null, or the source's own type or
        /// one derived from it, as custom copiers promise (docs/policies.md); anything else fails here, with the value's
        /// path, rather than as a cast error in the code that stores it.
        /// </summary>
        private void AfterUserShell(object value, object? shell, DeepCopyHandler handler)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (shell != null && shell.GetType() != value.GetType() && !value.GetType().IsInstanceOfType(shell))
            {
                throw Raise(CopyErrors.WrongShell(FormatPath(PathSegmentKind.Transparent, null, 0), value, shell, handler));
            }
        }

        /// <summary>
        /// True when this copy takes <paramref name="value"/> as its own copy (an immutable value, a shared box, a type
        /// shared by a policy), so a collection can keep it, and a hash stored for it, as they are. A registered handler
        /// whose CanHandle throws answers false here: the caller's ordinary path then meets the failure at the right path.
        /// </summary>
        internal bool IsTakenAsIs(object value)
        {
            var type = value.GetType();
            if (_plans.TryGetValue(type, out var cached))
            {
                return ((TypePlan)cached!).TakenAsIs;
            }

            try
            {
                return LoadPlan(type).TakenAsIs;
            }
            catch (HandlerQueryException)
            {
                return false;
            }
        }

        /// <summary>
        /// Loads the plan of a child's type, turning a registered handler's failing CanHandle (asked while the plan is
        /// built) into a HandlerFailed error at the child's path. Off the hot path: only for a type this context has not met.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private TypePlan LoadPlanAt(Type type, object value, PathSegmentKind kind, object? segment, int index)
        {
            try
            {
                return LoadPlan(type);
            }
            catch (HandlerQueryException ex)
            {
                throw Raise(CopyErrors.HandlerQueryFailed(FormatPath(kind, segment, index), value, ex));
            }
        }
    }
}
