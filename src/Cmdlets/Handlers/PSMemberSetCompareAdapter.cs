using System;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Presents a member set to the comparer as its note properties and nested member sets, matched by name ignoring
    /// case as PowerShell reads them, so a note inside <c>$o.Settings</c> is compared at <c>$.Settings.Cfg</c> and the
    /// independence check sees a value the copy shares there. Its definitions are not read (see <see cref="ComparedMembers"/>).
    /// </summary>
    internal sealed class PSMemberSetCompareAdapter : DeepCompareAdapter
    {
        public override bool CanHandle(Type type) => type == typeof(PSMemberSet);

        public override void Describe(object value, DeepCompareView view)
        {
            view.MemberNameComparer = StringComparer.OrdinalIgnoreCase;
            ComparedMembers.Describe(((PSMemberSet)value).Members, view);
        }
    }
}
