using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Core.Engine;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Copies a member set a user attached (Add-Member -MemberType MemberSet, PSStandardMembers). PSMemberSet.Copy()
    /// copies the member objects but shares their values, so the note properties inside (data, as a top-level note's
    /// value is) are copied again through the engine: cycles, sharing, type policies and NonCopyableAction apply, and a
    /// failure is named by the path PowerShell reads the note by (<c>$.Settings.Cfg</c>). Script, alias and code members
    /// and property sets stay definitions, as at the top level; nested member sets are copied the same way.
    /// </summary>
    internal static class MemberSetCopier
    {
        /// <param name="path">How the set is reached from the object that holds it, as path text: <c>Settings</c>.</param>
        public static PSMemberSet Copy(PSMemberSet set, DeepCopyContext context, string path)
        {
            // Copy() keeps the set's own settings (hidden, serialized) and gives it, and its nested sets, member objects of
            // their own, whose values are then replaced.
            var copy = (PSMemberSet)set.Copy();
            CopyNoteValues(copy, context, path);
            return copy;
        }

        /// <summary>True when the set holds a note property, directly or in a nested set: data the comparer reads.</summary>
        public static bool HasNotes(PSMemberSet set)
        {
            foreach (var member in set.Members)
            {
                if (member.IsInstance && (member is PSNoteProperty || (member is PSMemberSet nested && HasNotes(nested))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A note, whose value is data. A subclass (PSVariableProperty, which New-Module -AsCustomObject binds to a module
        /// variable) is data too: its copy is a plain note of the same name holding a copy of the current value, so that
        /// writing the copy's note never writes the source's variable (as a [ref] bound to a variable is detached).
        /// </summary>
        public static bool IsCopiedNote(PSMemberInfo member) => member is PSNoteProperty;

        /// <summary>A note whose Copy() would stay bound to what the source's reads (a PSVariableProperty's variable).</summary>
        private static bool IsBoundNote(PSMemberInfo member) => member is PSNoteProperty && member.GetType() != typeof(PSNoteProperty);

        private static void CopyNoteValues(PSMemberSet copy, DeepCopyContext context, string path)
        {
            ReplaceBoundNotes(copy);
            foreach (var member in copy.Members)
            {
                // Members a type table lends the set (IsInstance false) belong to the type table: never written.
                if (!member.IsInstance)
                {
                    continue;
                }

                var memberPath = path + "." + PathFormatter.MemberText(member.Name);
                if (IsCopiedNote(member))
                {
                    member.Value = context.CopyMemberPath(member.Value, memberPath);
                }
                else if (member is PSMemberSet nested)
                {
                    CopyNoteValues(nested, context, memberPath);
                }
            }
        }

        /// <summary>
        /// Gives each bound note of the set's copy a plain note of the same name in its place, holding the value it reads
        /// now (copied next, with the others): setting the Value of the bound copy would write the source's variable.
        /// A set's members can only be appended, so the members from the first bound note on are taken out and put back
        /// in order.
        /// </summary>
        private static void ReplaceBoundNotes(PSMemberSet copy)
        {
            var members = new List<PSMemberInfo>();
            var firstBound = -1;
            foreach (var member in copy.Members)
            {
                if (!member.IsInstance)
                {
                    continue;
                }

                if (firstBound < 0 && IsBoundNote(member))
                {
                    firstBound = members.Count;
                }

                members.Add(member);
            }

            if (firstBound < 0)
            {
                return;
            }

            for (var i = firstBound; i < members.Count; i++)
            {
                copy.Members.Remove(members[i].Name);
            }

            for (var i = firstBound; i < members.Count; i++)
            {
                var member = members[i];
                copy.Members.Add(IsBoundNote(member) ? new PSNoteProperty(member.Name, member.Value) : member);
            }
        }
    }
}
