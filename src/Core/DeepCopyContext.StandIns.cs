using System.Collections.Generic;
using DeepCopy.Core.Comparison;

namespace DeepCopy.Core
{
    /// <summary>
    /// Fresh, equal instances a handler makes to stand in for a value the copy otherwise shares (PowerShell's wrappers
    /// with members of their own around a Version, Uri or CultureInfo). Kept per copy and keyed on the shared value, so
    /// every place that holds the one source value holds the one stand-in: the copy keeps the source's sharing.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        private Dictionary<object, object>? _standIns;

        /// <summary>The stand-in this copy already made for <paramref name="shared"/>, if any.</summary>
        internal bool TryGetStandIn(object shared, out object standIn)
        {
            if (_standIns != null && _standIns.TryGetValue(shared, out var found))
            {
                standIn = found;
                return true;
            }

            standIn = null!;
            return false;
        }

        /// <summary>Records <paramref name="standIn"/> as the one instance that stands in for <paramref name="shared"/> in this copy.</summary>
        internal void AddStandIn(object shared, object standIn) =>
            (_standIns ??= new Dictionary<object, object>(ReferenceIdentityComparer.Instance))[shared] = standIn;

        /// <summary>
        /// Drops the stand-ins, when a pooled context is put back and again when a copy starts, so a context cached on
        /// its thread keeps none of the last copy's objects (nor the members PowerShell keeps under them) alive.
        /// </summary>
        private void ClearStandIns() => _standIns?.Clear();
    }
}
