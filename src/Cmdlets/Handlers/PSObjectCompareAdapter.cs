using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Internal;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Presents a <see cref="PSObject"/> to the comparer as PowerShell users see it: the object it wraps, its note
    /// properties (inside member sets too) and a deserialized object's properties (matched by name, ignoring case), the
    /// ToString text the deserializer kept (as a member named <c>ToString()</c>) and, when they are its own, its type
    /// names. A PSObject that only wraps a value is transparent, so <c>New-Object</c> output and the bare .NET object
    /// compare equal. Script properties and other member definitions are not compared: reading them would run their code.
    /// </summary>
    internal sealed class PSObjectCompareAdapter : DeepCompareAdapter
    {
        private static readonly ResurrectionTables? Tables = ResurrectionTables.TryBind();

        private readonly PowerShellInternals _internals;
        private readonly DeserializedMembers _deserialized;
        private readonly DeserializedText _text;

        public PSObjectCompareAdapter(PowerShellInternals internals, DeserializedMembers deserialized, DeserializedText text)
        {
            _internals = internals;
            _deserialized = deserialized;
            _text = text;
        }

        public override bool CanHandle(Type type) => type == typeof(PSObject);

        public override bool IsConstant(object value) => ReferenceEquals(value, AutomationNull.Value);

        public override void Describe(object value, DeepCompareView view)
        {
            if (ReferenceEquals(value, AutomationNull.Value))
            {
                // A command's empty output, which PowerShell treats as null: it wraps nothing, not a PSCustomObject.
                view.SetWrapped(null);
                return;
            }

            var wrapper = (PSObject)value;
            var baseObject = wrapper.ImmediateBaseObject;
            var isCustomObject = baseObject is PSCustomObject;
            view.MemberNameComparer = StringComparer.OrdinalIgnoreCase;

            // A PSCustomObject's properties are listed and written in the order they were added, and a copy keeps it.
            view.MembersAreOrdered = isCustomObject;
            if (!isCustomObject)
            {
                view.SetWrapped(baseObject);
            }

            var members = _internals.IsAvailable ? _internals.InstanceMembers(wrapper) : wrapper.Members;
            if (members != null)
            {
                ComparedMembers.Describe(members, view);
            }

            if (isCustomObject)
            {
                DescribeDeserializedProperties(wrapper, view);
            }

            // The text the deserializer kept is what ToString() and Format-Table show (a deserialized enum's name), so a
            // copy without it differs. Only a wrapper that has one presents it; it is a string, never shared state.
            var text = _text.IsAvailable ? _text.TextOf(wrapper) : null;
            if (text != null)
            {
                view.AddMember(DeserializedText.ComparedMemberName, text);
            }

            var ownTypeNames = !isCustomObject && HasOwnTypeNames(wrapper);
            view.ShowsOnlyAttachedState = !isCustomObject && text == null && ShowsOnlyAttachedState(wrapper, baseObject, members, ownTypeNames);

            // A PSCustomObject's type names are its only type; a wrapper's count only when they were changed, emptied too.
            if (isCustomObject || ownTypeNames)
            {
                view.SetTypeNames(wrapper.TypeNames);
            }
        }

        /// <summary>
        /// True when the wrapper's members and changed type names are the very lists PowerShell keeps for its base object
        /// in the resurrection tables, so the wrapper shows nothing the object held unwrapped does not have. A wrapper
        /// made with members of its own (Select-Object -ExpandProperty Cfg -Property Owner, PSObject.Copy()) keeps them
        /// apart from the table and is compared as a wrapper. False when the tables cannot be read.
        /// </summary>
        private bool ShowsOnlyAttachedState(PSObject wrapper, object baseObject, IEnumerable<PSMemberInfo>? members, bool ownTypeNames)
        {
            if (Tables is null || !_internals.IsAvailable)
            {
                return false;
            }

            if (members != null && !ReferenceEquals(members, Tables.MembersOf(baseObject)))
            {
                return false;
            }

            return !ownTypeNames || ReferenceEquals(wrapper.TypeNames, Tables.TypeNamesOf(baseObject));
        }

        /// <summary>What Import-Clixml, remoting and jobs return keeps its properties outside the instance members.</summary>
        private void DescribeDeserializedProperties(PSObject wrapper, DeepCompareView view)
        {
            if (_deserialized.IsAvailable)
            {
                if (_deserialized.IsDeserialized(wrapper))
                {
                    foreach (var property in _deserialized.Properties(wrapper))
                    {
                        view.AddMember(property.Name, property.Value);
                    }
                }

                return;
            }

            // A copy made without the internals holds them as note properties, so both sides are read the same way.
            foreach (var property in wrapper.Properties)
            {
                if (property is PSProperty && property.IsInstance)
                {
                    view.AddMember(property.Name, property.Value);
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
