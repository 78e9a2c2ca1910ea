using System;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Presents a <see cref="PSObject"/> to the comparer as PowerShell users see it: the object it wraps, its note
    /// properties (matched by name, ignoring case) and, when they are its own, its type names. A PSObject that only wraps
    /// a value is transparent, so <c>New-Object</c> output and the bare .NET object compare equal. Script properties and
    /// other member definitions are not compared: reading them would run their code.
    /// </summary>
    internal sealed class PSObjectCompareAdapter : DeepCompareAdapter
    {
        private readonly PowerShellInternals _internals;

        public PSObjectCompareAdapter(PowerShellInternals internals)
        {
            _internals = internals;
        }

        public override bool CanHandle(Type type) => type == typeof(PSObject);

        public override void Describe(object value, DeepCompareView view)
        {
            var wrapper = (PSObject)value;
            var baseObject = wrapper.ImmediateBaseObject;
            var isCustomObject = baseObject is PSCustomObject;
            view.MemberNameComparer = StringComparer.OrdinalIgnoreCase;
            if (!isCustomObject)
            {
                view.SetWrapped(baseObject);
            }

            var members = _internals.IsAvailable ? _internals.InstanceMembers(wrapper) : wrapper.Members;
            if (members != null)
            {
                foreach (var member in members)
                {
                    if (member.IsInstance && member is PSNoteProperty note)
                    {
                        view.AddMember(note.Name, note.Value);
                    }
                }
            }

            // A PSCustomObject's type names are its only type; a wrapper's count only when they were changed.
            if (isCustomObject || HasOwnTypeNames(wrapper))
            {
                foreach (var name in wrapper.TypeNames)
                {
                    view.AddTypeName(name);
                }
            }
        }

        private bool HasOwnTypeNames(PSObject wrapper)
        {
            if (_internals.IsAvailable && !_internals.HasInstanceTypeNames(wrapper))
            {
                return false;
            }

            // Reading TypeNames stores the derived list on a wrapper as if it were its own; a list equal to it is not.
            return !DefaultTypeNames.AreDefault(wrapper);
        }
    }
}
