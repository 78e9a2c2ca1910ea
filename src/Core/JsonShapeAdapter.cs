using System;
using System.Collections.Generic;

namespace DeepCopy.Core
{
    /// <summary>
    /// The extension point of the Json strategy, for hosts whose objects are not plain .NET objects (PowerShell's
    /// PSObject, for one). On the write side it describes values of the types it claims as JSON objects; on the read
    /// side it builds the objects that JSON objects come back as. Register one with
    /// <see cref="DeepCopyRegistry.RegisterJsonShapeAdapter"/>; adapters are consulted in registration order, before
    /// every built-in rule. Methods may be called from many threads at once, so an adapter must be stateless or
    /// thread-safe. An adapter only lists members: the strategy writes their values itself, from an explicit stack,
    /// so graph depth never depends on the call stack.
    /// </summary>
    public abstract class JsonShapeAdapter
    {
        /// <summary>True when this adapter writes values whose exact runtime type is <paramref name="type"/>. Asked once per type; the answer is cached.</summary>
        public abstract bool CanWrite(Type type);

        /// <summary>
        /// The value that <paramref name="value"/> wraps, or null when it stands on its own. A wrapped value is written in
        /// the wrapper's place by the usual rules; when it is written as a JSON object, the members from
        /// <see cref="TryGetMembers"/> are added after its own, and when it is written as anything else (a string, a
        /// number, an array) they are dropped.
        /// </summary>
        public virtual object? GetWrappedValue(object value) => null;

        /// <summary>
        /// Adds the members of <paramref name="value"/> to <paramref name="members"/>, in order, and says what the
        /// value is. The values are written deep by the strategy. Return false to have <paramref name="value"/>
        /// written by the built-in rules instead (or, for a wrapper, to add no members).
        /// </summary>
        public abstract bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape);

        /// <summary>
        /// Why the objects this adapter builds for the <see cref="JsonObjectShape.Object"/> shape cannot have a member
        /// named <paramref name="name"/>, or null when they can. The default accepts every name. The strategy asks every
        /// registered adapter that overrides this about every member of a value it writes as such an object (a
        /// dictionary's keys are not asked), before anything is built, and refuses a name one of them reserves with
        /// <see cref="DeepCopyErrorKind.ReservedMemberName"/> at the member's path, naming the source object and showing
        /// the reason. Asked once per member, so keep it cheap; a name refused here never reaches
        /// <see cref="TryCreateObject"/>.
        /// </summary>
        public virtual string? GetReservedMemberNameReason(string name) => null;

        /// <summary>
        /// Builds the object that one JSON object comes back as. <paramref name="shape"/> is what the source held at
        /// that place; <paramref name="members"/> are the already rebuilt members in order, where a later duplicate
        /// name should win. The list is reused after the call: copy what you keep. Return false to leave the object
        /// to the next adapter, and in the end to the built-in rule (an <see cref="System.Collections.Specialized.OrderedDictionary"/>).
        /// </summary>
        public virtual bool TryCreateObject(JsonObjectShape shape, List<KeyValuePair<string, object?>> members, out object? result)
        {
            result = null;
            return false;
        }
    }
}
