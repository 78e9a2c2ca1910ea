using System;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Copies a <see cref="PSObject"/>: its base object (deep), then every instance member in order, then its type
    /// names. Note properties are deep-copied; script, alias and code properties, script methods and property sets
    /// are kept as definitions (their script blocks are shared, never invoked). A PSCustomObject stays one.
    /// </summary>
    internal sealed class PSObjectHandler : DeepCopyHandler
    {
        // The member kinds a user can attach to one object. Adapted .NET properties and methods (PSProperty,
        // PSMethod...) also report IsInstance on some objects, but they belong to the base object, which is copied.
        internal const PSMemberTypes AttachableMembers =
            PSMemberTypes.NoteProperty | PSMemberTypes.ScriptProperty | PSMemberTypes.AliasProperty |
            PSMemberTypes.CodeProperty | PSMemberTypes.ScriptMethod | PSMemberTypes.CodeMethod |
            PSMemberTypes.PropertySet | PSMemberTypes.MemberSet;

        public override bool CanHandle(Type type) => type == typeof(PSObject);

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var wrapper = (PSObject)source;
            var baseObject = wrapper.ImmediateBaseObject;
            if (baseObject is PSCustomObject)
            {
                return new PSObject();
            }

            // The base is copied first because a PSObject cannot exist without it; it comes back as a shell at once.
            var baseCopy = context.CopyWrapped(baseObject);
            switch (baseCopy)
            {
                case null:
                    return new PSObject();
                case PSObject alreadyWrapped:
                    return alreadyWrapped;
                default:
                    return new PSObject(baseCopy);
            }
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            var wrapper = (PSObject)source;
            var copy = (PSObject)shell;
            foreach (var member in wrapper.Members)
            {
                if (!member.IsInstance || (member.MemberType & AttachableMembers) == 0)
                {
                    continue;
                }

                if (member is PSNoteProperty note && note.GetType() == typeof(PSNoteProperty))
                {
                    copy.Members.Add(new PSNoteProperty(note.Name, context.CopyMember(note.Value, note.Name)));
                }
                else
                {
                    // Script/alias/code members and member sets are definitions: Copy() shares their script blocks.
                    copy.Members.Add(member.Copy());
                }
            }

            CopyTypeNames(wrapper, copy);
        }

        private static void CopyTypeNames(PSObject source, PSObject copy)
        {
            var names = copy.TypeNames;
            names.Clear();
            foreach (var name in source.TypeNames)
            {
                names.Add(name);
            }
        }
    }
}
