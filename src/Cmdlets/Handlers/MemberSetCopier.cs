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
        /// A plain note, whose value is data. Subclasses (PSVariableProperty, which reads a variable) are definitions
        /// and kept by Copy(), as at the top level.
        /// </summary>
        public static bool IsCopiedNote(PSMemberInfo member) => member is PSNoteProperty && member.GetType() == typeof(PSNoteProperty);

        private static void CopyNoteValues(PSMemberSet copy, DeepCopyContext context, string path)
        {
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
    }
}
