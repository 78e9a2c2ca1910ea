using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Internal;
using DeepCopy.Core;
using DeepCopy.Core.Engine;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Copies a <see cref="PSObject"/>: its base object (deep), then every instance member in order, then its type
    /// names and its own ToString text. Note properties are deep-copied, inside member sets too; script, alias and code
    /// properties, script methods and property sets are kept as definitions (their script blocks are shared, never
    /// invoked). A PSCustomObject stays one.
    /// </summary>
    internal sealed class PSObjectHandler : DeepCopyHandler
    {
        // The member kinds a user can attach to one object. Adapted .NET properties and methods (PSProperty,
        // PSMethod...) also report IsInstance on some objects, but they belong to the base object, which is copied.
        internal const PSMemberTypes AttachableMembers =
            PSMemberTypes.NoteProperty | PSMemberTypes.ScriptProperty | PSMemberTypes.AliasProperty |
            PSMemberTypes.CodeProperty | PSMemberTypes.ScriptMethod | PSMemberTypes.CodeMethod |
            PSMemberTypes.PropertySet | PSMemberTypes.MemberSet;

        // PowerShell keeps its intrinsic member sets among an object's own members once something (ConvertTo-Json,
        // Get-Member...) has touched them. They are views of the object, re-created on demand, and cannot be added.
        private static readonly HashSet<string> IntrinsicMembers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "psbase", "psadapted", "psextended", "psobject", "pstypenames",
        };

        public override bool CanHandle(Type type) => type == typeof(PSObject);

        /// <summary>
        /// A wrapper and the object it wraps are one level of -MaxDepth, as for the Json strategy and as the help counts
        /// them. A PSCustomObject wraps nothing and is an object itself; AutomationNull stands for null, which is no level.
        /// </summary>
        internal override bool MayLendLevelToWrapped => true;

        internal override bool LendsLevelToWrapped(object source) =>
            ReferenceEquals(source, AutomationNull.Value) || !(((PSObject)source).ImmediateBaseObject is PSCustomObject);

        public override object CreateShell(object source, DeepCopyContext context)
        {
            if (ReferenceEquals(source, AutomationNull.Value))
            {
                // What a command that wrote nothing returns: PowerShell tells it from every other PSObject by identity
                // and treats it as null. A new PSObject would be an empty PSCustomObject, which is neither.
                return source;
            }

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
                    // The wrapped value was dropped (a Null type policy, NonCopyableAction Null): the wrapper goes with it,
                    // so the copy holds null where the source held the wrapped value. The engine populates no null shell.
                    return null!;
                case PSObject copiedWrapper when baseObject is PSObject && !ReferenceEquals(copiedWrapper, baseObject):
                    // A wrapper of a wrapper (Get-Help's output: help type names around a PSCustomObject): the copy wraps
                    // the inner wrapper's copy, so it has the source's shape, and a graph holding both keeps two objects.
                    return new PSObject(copiedWrapper);
                case PSObject alreadyWrapped:
                    // A copier returned a wrapper for the wrapped value, or the inner wrapper is AutomationNull: it stands in.
                    return alreadyWrapped;
                default:
                    var copy = new PSObject(baseCopy);
                    return ReferenceEquals(baseCopy, baseObject) ? WrapShared(copy, baseObject, context) : copy;
            }
        }

        /// <summary>
        /// PowerShell keeps the members and type names added to a wrapper in tables keyed on the object it wraps, so a
        /// new wrapper of the very object the source wraps (an immutable value the copy shares, such as a boxed int or
        /// a Version) sees the source's own collections, and filling them would change the source. A boxed value is
        /// boxed again, which gives the copy a key of its own. An object shared by reference cannot be: its type names
        /// are shared as every wrapper of it shares them (and left alone); members of its own are given a fresh, equal
        /// instance of the value to live under where one can be made (<see cref="FreshSharedValues"/>: what Receive-Job
        /// returns; one per shared value and copy), and fail the copy otherwise.
        /// </summary>
        private PSObject WrapShared(PSObject fresh, object baseObject, DeepCopyContext context)
        {
            // Without the internals, type names cannot be told apart, so a boxed value is always boxed again.
            var members = HasOwnMembers(fresh);
            if (!members && _internals.IsAvailable && !_internals.HasInstanceTypeNames(fresh))
            {
                return fresh;
            }

            if (baseObject.GetType().IsValueType)
            {
                return new PSObject(ShallowClone(baseObject));
            }

            if (members)
            {
                // Two wrappers of one value (the same Version in two job results) get one stand-in between them.
                if (context.TryGetStandIn(baseObject, out var made))
                {
                    return new PSObject(made);
                }

                if (!FreshSharedValues.TryCopy(baseObject, out var own))
                {
                    throw new SharedValueMembersException(baseObject, OwnMemberNames(fresh));
                }

                context.AddStandIn(baseObject, own);
                return new PSObject(own);
            }

            return fresh;
        }

        /// <summary>
        /// True when the wrapper has members of its own (for a wrapper made a moment ago: members another wrapper added).
        /// Reading <c>$x.psobject</c> leaves an empty member collection behind, and Get-Member, Format-List * or
        /// ConvertTo-Json fill it with the intrinsic member sets, so neither an existing collection nor its count says
        /// that a user added anything.
        /// </summary>
        private bool HasOwnMembers(PSObject wrapper)
        {
            foreach (var member in OwnMemberCandidates(wrapper))
            {
                if (IsAttached(member))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The names of the wrapper's own members, for an error that names them.</summary>
        private List<string> OwnMemberNames(PSObject wrapper)
        {
            var names = new List<string>();
            foreach (var member in OwnMemberCandidates(wrapper))
            {
                if (IsAttached(member))
                {
                    names.Add(member.Name);
                }
            }

            return names;
        }

        private IEnumerable<PSMemberInfo> OwnMemberCandidates(PSObject wrapper) =>
            (_internals.IsAvailable ? _internals.InstanceMembers(wrapper) : wrapper.Members) ?? Array.Empty<PSMemberInfo>();

        /// <summary>A member a user attached to this one object, as opposed to an adapted or intrinsic one.</summary>
        private static bool IsAttached(PSMemberInfo member) =>
            member.IsInstance && (member.MemberType & AttachableMembers) != 0 && !IsIntrinsic(member);

        /// <summary>One of the member sets PowerShell makes for every object (psbase, psobject...), a view and not data.</summary>
        internal static bool IsIntrinsic(PSMemberInfo member) => IntrinsicMembers.Contains(member.Name);

        private static readonly Func<object, object> ShallowClone = (Func<object, object>)Delegate.CreateDelegate(
            typeof(Func<object, object>),
            typeof(object).GetMethod("MemberwiseClone", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!);

        private PowerShellInternals _internals;

        public PSObjectHandler(PowerShellInternals internals, DeserializedMembers deserialized, DeserializedText text, PSObjectMemberWriter writer)
        {
            _internals = internals;
            Deserialized = deserialized;
            Text = text;
            Writer = writer;
        }

        /// <summary>The accessor in use. Tests swap in <see cref="PowerShellInternals.Unavailable"/> to run the public-API path.</summary>
        internal PowerShellInternals Internals
        {
            get => _internals;
            set => _internals = value;
        }

        /// <summary>The deserializer's internals in use. Tests swap in <see cref="DeserializedMembers.Unavailable"/> too.</summary>
        internal DeserializedMembers Deserialized { get; set; }

        /// <summary>The accessor of a wrapper's own ToString text in use (a deserialized enum's name).</summary>
        internal DeserializedText Text { get; set; }

        /// <summary>How note properties and type names are written to a copy; used only together with <see cref="Internals"/>.</summary>
        internal PSObjectMemberWriter Writer { get; set; }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            if (ReferenceEquals(source, shell))
            {
                // AutomationNull, kept as it is (see CreateShell).
                return;
            }

            var wrapper = (PSObject)source;
            var copy = (PSObject)shell;
            if (_internals.IsAvailable)
            {
                // PERF: only the object's own members and type names are touched; most wrappers have neither.
                var members = _internals.InstanceMembers(wrapper);
                if (members != null && !ShareInnerMembers(wrapper, copy, members))
                {
                    CopyMembers(members, copy, context, MayHaveMembersAlready(wrapper));
                }

                var ownTypeNames = _internals.HasInstanceTypeNames(wrapper) && !DefaultTypeNames.AreDefault(wrapper);
                if (ownTypeNames)
                {
                    CopyTypeNames(wrapper, copy);
                }

                // A deserialized property bag always carries its "Deserialized." type names, which gates the public fallback.
                if (wrapper.ImmediateBaseObject is PSCustomObject && (Deserialized.IsAvailable || ownTypeNames))
                {
                    CopyDeserializedProperties(wrapper, copy, members, context);
                }

                CopyText(wrapper, copy);
                return;
            }

            CopyMembers(wrapper.Members, copy, context, MayHaveMembersAlready(wrapper));
            CopyTypeNames(wrapper, copy);
            if (wrapper.ImmediateBaseObject is PSCustomObject)
            {
                CopyDeserializedProperties(wrapper, copy, wrapper.Members, context);
            }

            CopyText(wrapper, copy);
        }

        /// <summary>
        /// Any wrapper, not only a property bag, can hold the ToString text the deserializer kept: a deserialized enum
        /// is a wrapped Int32 whose text is its name, which Format-Table and ToString() show instead of the number.
        /// </summary>
        private void CopyText(PSObject wrapper, PSObject copy)
        {
            if (Text.IsAvailable)
            {
                Text.CopyTo(wrapper, copy);
            }
        }

        /// <summary>
        /// The properties of what Import-Clixml, remoting and jobs return live outside the instance members. With the
        /// deserializer's internals the copy is a property bag like its source; without them its properties become note
        /// properties with the same names and copied values (Get-Member then lists them as NoteProperty).
        /// </summary>
        private void CopyDeserializedProperties(PSObject wrapper, PSObject copy, IEnumerable<PSMemberInfo>? instanceMembers, DeepCopyContext context)
        {
            if (Deserialized.IsAvailable)
            {
                if (Deserialized.IsDeserialized(wrapper))
                {
                    Deserialized.CopyTo(wrapper, copy, instanceMembers, context.CopyMember);
                }

                return;
            }

            foreach (var property in wrapper.Properties)
            {
                if (property is PSProperty && property.IsInstance)
                {
                    copy.Properties.Add(new PSNoteProperty(property.Name, context.CopyMember(property.Value, property.Name)));
                }
            }
        }

        /// <summary>
        /// A wrapper's members are kept under the object it wraps. When that object was reached unwrapped first, its copy
        /// already got them as attached state (<see cref="AttachedMembers"/>), and adding them again would list each twice.
        /// </summary>
        private static bool MayHaveMembersAlready(PSObject wrapper) => !(wrapper.ImmediateBaseObject is PSCustomObject);

        /// <summary>
        /// PowerShell keeps the members of a wrapper of a wrapper under the inner wrapper, so both show one collection.
        /// The copies are given one collection too: the inner copy's, which that copy's own populate fills.
        /// </summary>
        private bool ShareInnerMembers(PSObject wrapper, PSObject copy, IEnumerable<PSMemberInfo> members)
        {
            if (!(wrapper.ImmediateBaseObject is PSObject inner) || !(copy.ImmediateBaseObject is PSObject copiedInner) || !Writer.IsAvailable ||
                !ReferenceEquals(members, _internals.InstanceMembers(inner)))
            {
                return false;
            }

            Writer.ShareMembers(copy, copiedInner);
            return true;
        }

        /// <summary>The names of the members <paramref name="copy"/> has already, or null when it has none (the common case).</summary>
        private HashSet<string>? PresentMemberNames(PSObject copy)
        {
            var own = _internals.IsAvailable ? _internals.InstanceMembers(copy) : OwnMembersByPublicApi(copy);
            HashSet<string>? names = null;
            if (own != null)
            {
                foreach (var member in own)
                {
                    (names ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(member.Name);
                }
            }

            return names;
        }

        private static IEnumerable<PSMemberInfo> OwnMembersByPublicApi(PSObject copy)
        {
            foreach (var member in copy.Members)
            {
                if (member.IsInstance && (member.MemberType & AttachableMembers) != 0)
                {
                    yield return member;
                }
            }
        }

        private void CopyMembers(IEnumerable<PSMemberInfo> members, PSObject copy, DeepCopyContext context, bool skipPresent)
        {
            var direct = _internals.IsAvailable && Writer.IsAvailable;
            var present = skipPresent ? PresentMemberNames(copy) : null;
            foreach (var member in members)
            {
                if (!IsAttached(member) || (present != null && present.Contains(member.Name)))
                {
                    continue;
                }

                if (MemberSetCopier.IsCopiedNote(member))
                {
                    var note = (PSNoteProperty)member;
                    var copied = new PSNoteProperty(note.Name, context.CopyMember(note.Value, note.Name));
                    if (direct)
                    {
                        Writer.Add(copy, copied);
                    }
                    else
                    {
                        copy.Members.Add(copied);
                    }
                }
                else if (member is PSMemberSet set)
                {
                    copy.Members.Add(MemberSetCopier.Copy(set, context, PathFormatter.MemberText(set.Name)));
                }
                else
                {
                    // Script/alias/code members and property sets are definitions: Copy() shares their script blocks.
                    copy.Members.Add(member.Copy());
                }
            }
        }

        private void CopyTypeNames(PSObject source, PSObject copy)
        {
            if (_internals.IsAvailable && Writer.IsAvailable && copy.ImmediateBaseObject is PSCustomObject)
            {
                // A source with names of its own holds them in a writable list, which reading does not change.
                Writer.SetTypeNames(copy, source.TypeNames);
                return;
            }

            var names = copy.TypeNames;
            if (ReferenceEquals(names, source.TypeNames))
            {
                // Both wrap one shared object, whose type names PowerShell keeps for every wrapper: already in place.
                return;
            }

            names.Clear();
            foreach (var name in source.TypeNames)
            {
                names.Add(name);
            }
        }
    }
}
