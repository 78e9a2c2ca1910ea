using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Gives a PSCustomObject the copy has just made its members and type names the way PowerShell's own deserializer
    /// does: members straight into the object's internal member collection, marked as already validated, and type names
    /// as a list of its own. The public Members.Add checks every name against the object's members again, and both it
    /// and the public TypeNames register what they create in process-wide weak tables keyed on the object, which exist
    /// so that members and names survive a re-wrapped base object; a PSCustomObject is its own key, so the entries buy
    /// nothing. The names are the source's, already valid and already known to PowerShell's member binder.
    /// PERF: a third of the cost of rebuilding a PSCustomObject's note properties, and most of copying its type names.
    /// Bound once by name; where a name is missing (Windows PowerShell 5.1, a future version), <see cref="IsAvailable"/>
    /// is false and the public API is used.
    /// </summary>
    internal sealed class CustomObjectMemberWriter
    {
        private readonly Action<PSObject, PSMemberInfo>? _add;
        private readonly Action<PSObject, IEnumerable<string>>? _setTypeNames;

        private CustomObjectMemberWriter(Action<PSObject, PSMemberInfo>? add, Action<PSObject, IEnumerable<string>>? setTypeNames)
        {
            _add = add;
            _setTypeNames = setTypeNames;
        }

        /// <summary>The writer for this process, bound once.</summary>
        public static CustomObjectMemberWriter Current { get; } = Bind();

        /// <summary>A writer that reports the internals missing, so the public path can be tested here too.</summary>
        public static CustomObjectMemberWriter Unavailable { get; } = new CustomObjectMemberWriter(null, null);

        public bool IsAvailable => _add != null && _setTypeNames != null;

        /// <summary>Adds <paramref name="member"/> to <paramref name="customObject"/>, a PSCustomObject no one else holds yet.</summary>
        public void Add(PSObject customObject, PSMemberInfo member) => _add!(customObject, member);

        /// <summary>Gives <paramref name="customObject"/>, a PSCustomObject no one else holds yet, a type-name list of its own.</summary>
        public void SetTypeNames(PSObject customObject, IEnumerable<string> names) => _setTypeNames!(customObject, names);

        private static CustomObjectMemberWriter Bind()
        {
            const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
            try
            {
                var field = typeof(PSObject).GetField("_instanceMembers", BindingFlags.Instance | BindingFlags.NonPublic);
                var constructor = field?.FieldType.GetConstructor(Instance, null, Type.EmptyTypes, null);
                var add = field?.FieldType.GetMethod("Add", Instance, null, new[] { typeof(PSMemberInfo), typeof(bool) }, null);
                if (field == null || constructor == null || add == null || !typeof(PSMemberInfoCollection<PSMemberInfo>).IsAssignableFrom(field.FieldType))
                {
                    return Unavailable;
                }

                // target => (target._instanceMembers ??= new ...()).Add(member, preValidated: true)
                var target = Expression.Parameter(typeof(PSObject), "target");
                var member = Expression.Parameter(typeof(PSMemberInfo), "member");
                var members = Expression.Variable(field.FieldType, "members");
                var body = Expression.Block(
                    new[] { members },
                    Expression.Assign(members, Expression.Field(target, field)),
                    Expression.IfThen(
                        Expression.Equal(members, Expression.Constant(null, field.FieldType)),
                        Expression.Assign(Expression.Field(target, field), Expression.Assign(members, Expression.New(constructor)))),
                    Expression.Call(members, add, member, Expression.Constant(true)));
                var setTypeNames = BindSetTypeNames();
                return setTypeNames == null
                    ? Unavailable
                    : new CustomObjectMemberWriter(Expression.Lambda<Action<PSObject, PSMemberInfo>>(body, target, member).Compile(), setTypeNames);
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
