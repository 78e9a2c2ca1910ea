using System;
using System.Collections.Specialized;
using System.Management.Automation;
using DeepCopy.Core.Measurement;
using DeepCopy.Handlers;

namespace DeepCopy.Measurement
{
    /// <summary>
    /// Tells Core's structural check what a PSObject is made of: its base object, its own members in order, and its
    /// type names. Its internal fields (caches, adapters) are not part of the value and are never compared.
    /// </summary>
    internal static class PSObjectStructuralView
    {
        public static readonly StructuralView Instance = Describe;

        private static object? Describe(object value)
        {
            if (!(value is PSObject wrapper))
            {
                return null;
            }

            var view = new OrderedDictionary(StringComparer.Ordinal);
            var baseObject = wrapper.ImmediateBaseObject;
            view.Add("<base>", baseObject is PSCustomObject ? null : baseObject);
            foreach (var member in wrapper.Members)
            {
                if (!member.IsInstance || (member.MemberType & PSObjectHandler.AttachableMembers) == 0)
                {
                    continue;
                }

                // Note values are data and compared deeply; other members are definitions, compared by their text.
                view.Add(member.Name, member is PSNoteProperty note && note.GetType() == typeof(PSNoteProperty)
                    ? note.Value
                    : member.MemberType + " " + member);
            }

            view.Add("<typenames>", string.Join(";", wrapper.TypeNames));
            return view;
        }
    }
}
