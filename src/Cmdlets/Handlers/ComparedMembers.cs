using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Which of an object's own members Compare-DeepObject reads, wherever they are kept (a wrapper, PowerShell's table
    /// for an unwrapped object, a member set): note properties, whose values are data, and member sets that hold notes,
    /// compared as a member whose own notes are compared (<see cref="PSMemberSetCompareAdapter"/>). Script, alias and
    /// code members and property sets are definitions, not read: reading them would run their code.
    /// </summary>
    internal static class ComparedMembers
    {
        public static void Describe(IEnumerable<PSMemberInfo> members, DeepCompareView view)
        {
            foreach (var member in members)
            {
                if (!member.IsInstance)
                {
                    continue;
                }

                if (member is PSNoteProperty note)
                {
                    view.AddMember(note.Name, note.Value);
                }
                else if (member is PSMemberSet set && !PSObjectHandler.IsIntrinsic(set) && MemberSetCopier.HasNotes(set))
                {
                    view.AddMember(set.Name, set);
                }
            }
        }
    }
}
