using System;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Adds members to a PSCustomObject the copy has just made, the way PowerShell's own deserializer does: straight into
    /// the object's internal member collection, marked as already validated. The public Members.Add checks every name
    /// against the object's members again and registers the new collection in a process-wide weak table keyed on the
    /// object, which exists so that members survive a re-wrapped base object; a PSCustomObject is its own key, so the
    /// entry buys nothing. The names are the source's, already valid and already known to PowerShell's member binder.
    /// PERF: a third of the cost of rebuilding a PSCustomObject's note properties. Bound once by name; where a name is
    /// missing (Windows PowerShell 5.1, a future version), <see cref="IsAvailable"/> is false and Members.Add is used.
    /// </summary>
    internal sealed class CustomObjectMemberWriter
    {
        private readonly Action<PSObject, PSMemberInfo>? _add;

        private CustomObjectMemberWriter(Action<PSObject, PSMemberInfo>? add)
        {
            _add = add;
        }

        /// <summary>The writer for this process, bound once.</summary>
        public static CustomObjectMemberWriter Current { get; } = Bind();

        /// <summary>A writer that reports the internals missing, so the public path can be tested here too.</summary>
        public static CustomObjectMemberWriter Unavailable { get; } = new CustomObjectMemberWriter(null);

        public bool IsAvailable => _add != null;

        /// <summary>Adds <paramref name="member"/> to <paramref name="customObject"/>, a PSCustomObject no one else holds yet.</summary>
        public void Add(PSObject customObject, PSMemberInfo member) => _add!(customObject, member);

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
                return new CustomObjectMemberWriter(Expression.Lambda<Action<PSObject, PSMemberInfo>>(body, target, member).Compile());
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is MemberAccessException)
            {
                return Unavailable;
            }
        }
    }
}
