using System;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using DeepCopy.Core;

namespace DeepCopy.Policies
{
    /// <summary>
    /// The type policies Set-DeepCopyTypePolicy makes the default, one immutable set per runspace (docs/policies.md says
    /// why per runspace). Readers take the current set without locking; writers swap in a new set under the runspace's
    /// own lock, so two writers never lose each other's change. A runspace that goes away takes its set with it.
    /// </summary>
    internal static class SessionTypePolicies
    {
        private static readonly ConditionalWeakTable<Runspace, Slot> ByRunspace = new ConditionalWeakTable<Runspace, Slot>();

        // Code that calls the cmdlets without a runspace on its thread (a host's own API use) shares this one.
        private static readonly Slot NoRunspace = new Slot();

        /// <summary>The current runspace's defaults: the same instance until they change, so pooled plan maps stay warm.</summary>
        public static TypePolicySet Current => CurrentSlot().Policies;

        public static TypePolicySet Update(Func<TypePolicySet, TypePolicySet> change)
        {
            var slot = CurrentSlot();
            lock (slot)
            {
                var updated = change(slot.Policies);
                slot.Policies = updated;
                return updated;
            }
        }

        private static Slot CurrentSlot()
        {
            var runspace = Runspace.DefaultRunspace;
            return runspace is null ? NoRunspace : ByRunspace.GetValue(runspace, _ => new Slot());
        }

        private sealed class Slot
        {
            private volatile TypePolicySet _policies = TypePolicySet.Empty;

            public TypePolicySet Policies
            {
                get => _policies;
                set => _policies = value;
            }
        }
    }
}
