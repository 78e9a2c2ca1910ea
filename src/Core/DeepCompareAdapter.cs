using System;

namespace DeepCopy.Core
{
    /// <summary>
    /// The comparer's extension point for wrapper types whose fields are not their meaning (the PowerShell module registers
    /// one for PSObject). Register it with <see cref="DeepComparer.RegisterAdapter"/>.
    /// </summary>
    public abstract class DeepCompareAdapter
    {
        /// <summary>True when this adapter presents values whose exact runtime type is <paramref name="type"/>. Asked once per type.</summary>
        public abstract bool CanHandle(Type type);

        /// <summary>
        /// True for a value that is one process-wide constant, which a copy keeps as it is (PowerShell's
        /// AutomationNull.Value). The independence check does not report it as shared state.
        /// </summary>
        public virtual bool IsConstant(object value) => false;

        /// <summary>Fills <paramref name="view"/> from <paramref name="value"/>. It must only read the value.</summary>
        public abstract void Describe(object value, DeepCompareView view);
    }
}
