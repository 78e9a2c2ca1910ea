using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Internal;
using DeepCopy.Core;

namespace DeepCopy.Json
{
    /// <summary>
    /// Teaches the Json strategy PowerShell's shapes. Writing: a PSCustomObject is written from its note properties;
    /// any other PSObject hands over its base object, written by the usual rules, and adds its note properties when
    /// that base becomes a JSON object. Only notes are read, so no ScriptProperty ever runs. Reading: dictionaries
    /// come back as OrderedHashtable (OrderedDictionary before PowerShell 7.3) and objects as PSCustomObject, as
    /// ConvertFrom-Json makes them.
    /// </summary>
    internal sealed class PSObjectJsonShapeAdapter : JsonShapeAdapter
    {
        private const int LinearDuplicateScanLimit = 8;

        // What PowerShell refuses as the name of any member it adds ("The member name ... is reserved", in any case):
        // every PSObject's own member sets and its type names. PSMemberInfoCollection<T>.IsReservedName, which is
        // internal, holds the same five; a unit test holds the two together.
        private const string ReservedNamesText = "PSAdapted, PSBase, PSExtended, PSObject and PSTypeNames";
        private const int ShortestReservedName = 6;
        private static readonly string[] ReservedNames = { "PSAdapted", "PSBase", "PSExtended", "PSObject", "PSTypeNames" };
        private readonly Func<IDictionary> _newDictionary;

        public PSObjectJsonShapeAdapter()
            : this(OrderedHashtableFactory.Find(typeof(PSObject).Assembly))
        {
        }

        internal PSObjectJsonShapeAdapter(Func<IDictionary> newDictionary)
        {
            _newDictionary = newDictionary;
        }

        public override bool CanWrite(Type type) => type == typeof(PSObject);

        public override object? GetWrappedValue(object value)
        {
            if (ReferenceEquals(value, AutomationNull.Value))
            {
                // A command's empty output is null to PowerShell, and to ConvertTo-Json. DBNull is written as null.
                return DBNull.Value;
            }

            var baseObject = ((PSObject)value).ImmediateBaseObject;
            return baseObject is PSCustomObject ? null : baseObject;
        }

        public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
        {
            shape = JsonObjectShape.Object;
            var wrapper = (PSObject)value;
            var isPropertyBag = wrapper.ImmediateBaseObject is PSCustomObject;
            foreach (var property in wrapper.Properties)
            {
                // The object's own notes only. Adapted properties belong to the base object, which is written on its
                // own; script, alias and code properties would run code, and are dropped (JsonLossRules.PSObjectMembers).
                // A deserialized object (Import-Clixml, remoting) has no base object: its properties hold stored values.
                if (property.IsInstance && (property is PSNoteProperty || (isPropertyBag && property is PSProperty)))
                {
                    members.Add(new KeyValuePair<string, object?>(property.Name, property.Value));
                }
            }

            return true;
        }

        /// <summary>Objects come back as PSCustomObjects, whose notes PowerShell names by its own rules (JsonLossRules.ReservedMemberNames).</summary>
        public override string? GetReservedMemberNameReason(string name)
        {
            if (name.Length == 0)
            {
                return "a PowerShell member must have a name, and objects come back as PSCustomObjects.";
            }

            // PERF: asked for every member written as part of an object, and every reserved name starts with "PS".
            if (name.Length < ShortestReservedName || (name[0] != 'P' && name[0] != 'p') || (name[1] != 'S' && name[1] != 's'))
            {
                return null;
            }

            foreach (var reserved in ReservedNames)
            {
                if (string.Equals(name, reserved, StringComparison.OrdinalIgnoreCase))
                {
                    return "PowerShell reserves " + ReservedNamesText + " (in any case) for members of its own on every object, and objects come back as PSCustomObjects.";
                }
            }

            return null;
        }

        public override bool TryCreateObject(JsonObjectShape shape, List<KeyValuePair<string, object?>> members, out object? result)
        {
            result = shape == JsonObjectShape.Dictionary ? CreateDictionary(members) : CreateCustomObject(members);
            return true;
        }

        private static PSObject CreateCustomObject(List<KeyValuePair<string, object?>> members)
        {
            var custom = new PSObject();
            var properties = custom.Properties;
            if (!HasDuplicateNames(members))
            {
                foreach (var member in members)
                {
                    properties.Add(new PSNoteProperty(member.Key, member.Value));
                }

                return custom;
            }

            // Member names are case-insensitive in PowerShell: names that differ only in case collapse, the later
            // value winning (JsonLossRules.Comparers).
            foreach (var member in members)
            {
                var existing = properties[member.Key];
                if (existing is null)
                {
                    properties.Add(new PSNoteProperty(member.Key, member.Value));
                }
                else
                {
                    existing.Value = member.Value;
                }
            }

            return custom;
        }

        private static bool HasDuplicateNames(List<KeyValuePair<string, object?>> members)
        {
            // PERF: most objects have a few members; comparing pairs beats allocating a set for them.
            if (members.Count <= LinearDuplicateScanLimit)
            {
                for (var i = 1; i < members.Count; i++)
                {
                    for (var j = 0; j < i; j++)
                    {
                        if (string.Equals(members[i].Key, members[j].Key, StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }
                }

                return false;
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in members)
            {
                if (!names.Add(member.Key))
                {
                    return true;
                }
            }

            return false;
        }

        private IDictionary CreateDictionary(List<KeyValuePair<string, object?>> members)
        {
            var dictionary = _newDictionary();
            foreach (var member in members)
            {
                dictionary[member.Key] = member.Value;
            }

            return dictionary;
        }
    }
}
