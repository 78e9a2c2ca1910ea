using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Gives a PSObject the copy has just made its members and type names the way PowerShell's own deserializer does:
    /// members straight into the object's internal member collection, marked as already validated. The public
    /// Members.Add checks each name against every member the object has, adapted ones included (for a wrapped FileInfo
    /// that means the adapter's whole member table, on every add), although the names are the source's, valid on the
    /// same base type and already known to PowerShell's member binder.
    /// A new PSCustomObject also gets its member collection and type-name list as fields of its own: the public API
    /// registers both in process-wide weak tables keyed on the object, which exist so that members and names survive
    /// a re-wrapped base object, and a PSCustomObject is its own key. A wrapper of a wrapper shares the inner copy's
    /// collection where its source shared the inner wrapper's (<see cref="ShareMembers"/>), and otherwise has one of its
    /// own. Any other wrapper keeps its members in that table, keyed on what it wraps, as PowerShell does.
    /// PERF: a third of the cost of a PSCustomObject's note properties, most of its type names', and four fifths of a
    /// Get-ChildItem item's. Bound once by name; where a name is missing (a future version), <see cref="IsAvailable"/>
    /// is false and the public API is used. Windows PowerShell 5.1 very likely binds it too: a decompiled 5.1
    /// System.Management.Automation has _instanceMembers, InstanceMembers, _typeNames and Add(member, preValidated);
    /// only ConsolidatedString's public IEnumerable&lt;string&gt; constructor could not be seen there.
    /// </summary>
    internal sealed class PSObjectMemberWriter
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

        private readonly Action<PSObject, PSMemberInfo>? _addToCustomObject;
        private readonly Action<PSObject, PSMemberInfo>? _addToWrapper;
        private readonly Action<PSObject, IEnumerable<string>>? _setTypeNames;
        private readonly Action<PSObject, PSObject>? _shareMembers;

        private PSObjectMemberWriter(
            Action<PSObject, PSMemberInfo>? addToCustomObject,
            Action<PSObject, PSMemberInfo>? addToWrapper,
            Action<PSObject, IEnumerable<string>>? setTypeNames,
            Action<PSObject, PSObject>? shareMembers)
        {
            _addToCustomObject = addToCustomObject;
            _addToWrapper = addToWrapper;
            _setTypeNames = setTypeNames;
            _shareMembers = shareMembers;
        }

        /// <summary>The writer for this process, bound once.</summary>
        public static PSObjectMemberWriter Current { get; } = Bind();

        /// <summary>A writer that reports the internals missing, so the public path can be tested here too.</summary>
        public static PSObjectMemberWriter Unavailable { get; } = new PSObjectMemberWriter(null, null, null, null);

        public bool IsAvailable => _addToCustomObject != null && _addToWrapper != null && _setTypeNames != null && _shareMembers != null;

        /// <summary>
        /// Adds a member the source had to <paramref name="copy"/>, a PSObject no one else holds yet. A wrapper of a
        /// wrapper whose members were its own (not the inner wrapper's) gets a collection of its own too.
        /// </summary>
        public void Add(PSObject copy, PSMemberInfo member)
        {
            if (copy.ImmediateBaseObject is PSCustomObject || copy.ImmediateBaseObject is PSObject)
            {
                _addToCustomObject!(copy, member);
            }
            else
            {
                _addToWrapper!(copy, member);
            }
        }

        /// <summary>Makes <paramref name="copy"/> show the member collection of <paramref name="inner"/>, creating it if needed.</summary>
        public void ShareMembers(PSObject copy, PSObject inner) => _shareMembers!(copy, inner);

        /// <summary>Gives <paramref name="customObject"/>, a PSCustomObject no one else holds yet, a type-name list of its own.</summary>
        public void SetTypeNames(PSObject customObject, IEnumerable<string> names) => _setTypeNames!(customObject, names);

        private static PSObjectMemberWriter Bind()
        {
            try
            {
                var field = typeof(PSObject).GetField("_instanceMembers", BindingFlags.Instance | BindingFlags.NonPublic);
                var property = typeof(PSObject).GetProperty("InstanceMembers", BindingFlags.Instance | BindingFlags.NonPublic);
                var constructor = field?.FieldType.GetConstructor(Instance, null, Type.EmptyTypes, null);
                var add = field?.FieldType.GetMethod("Add", Instance, null, new[] { typeof(PSMemberInfo), typeof(bool) }, null);
                var setTypeNames = BindSetTypeNames();
                if (field == null || property?.PropertyType != field.FieldType || constructor == null || add == null || setTypeNames == null ||
                    !typeof(PSMemberInfoCollection<PSMemberInfo>).IsAssignableFrom(field.FieldType))
                {
                    return Unavailable;
                }

                var target = Expression.Parameter(typeof(PSObject), "target");
                var member = Expression.Parameter(typeof(PSMemberInfo), "member");
                var preValidated = Expression.Constant(true);

                // target => (target._instanceMembers ??= new ...()).Add(member, preValidated: true)
                var members = Expression.Variable(field.FieldType, "members");
                var toCustomObject = Expression.Block(
                    new[] { members },
                    Expression.Assign(members, Expression.Field(target, field)),
                    Expression.IfThen(
                        Expression.Equal(members, Expression.Constant(null, field.FieldType)),
                        Expression.Assign(Expression.Field(target, field), Expression.Assign(members, Expression.New(constructor)))),
                    Expression.Call(members, add, member, preValidated));

                // target => target.InstanceMembers.Add(member, preValidated: true); the getter keys the collection on the base object.
                var toWrapper = Expression.Call(Expression.Property(target, property), add, member, preValidated);

                // (target, inner) => target._instanceMembers = inner.InstanceMembers; the getter makes the inner's if it has none.
                var inner = Expression.Parameter(typeof(PSObject), "inner");
                var share = Expression.Assign(Expression.Field(target, field), Expression.Property(inner, property));

                return new PSObjectMemberWriter(
                    Expression.Lambda<Action<PSObject, PSMemberInfo>>(toCustomObject, target, member).Compile(),
                    Expression.Lambda<Action<PSObject, PSMemberInfo>>(toWrapper, target, member).Compile(),
                    setTypeNames,
                    Expression.Lambda<Action<PSObject, PSObject>>(share, target, inner).Compile());
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is MemberAccessException)
            {
                return Unavailable;
            }
        }

        /// <summary>(target, names) => target._typeNames = new ConsolidatedString(names), as the deserializer sets them.</summary>
        private static Action<PSObject, IEnumerable<string>>? BindSetTypeNames()
        {
            var field = typeof(PSObject).GetField("_typeNames", BindingFlags.Instance | BindingFlags.NonPublic);
            var constructor = field?.FieldType.GetConstructor(new[] { typeof(IEnumerable<string>) });
            if (field == null || constructor == null || !typeof(ICollection<string>).IsAssignableFrom(field.FieldType))
            {
                return null;
            }

            var target = Expression.Parameter(typeof(PSObject), "target");
            var names = Expression.Parameter(typeof(IEnumerable<string>), "names");
            var body = Expression.Assign(Expression.Field(target, field), Expression.New(constructor, names));
            return Expression.Lambda<Action<PSObject, IEnumerable<string>>>(body, target, names).Compile();
        }
    }
}
