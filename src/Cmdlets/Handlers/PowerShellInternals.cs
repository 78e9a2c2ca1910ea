using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Fast, read-only access to two non-public PowerShell members: PSObject.HasInstanceMembers and
    /// PSObject.HasInstanceTypeName. They answer "does this object carry members or type names of its own?" without
    /// building the adapted member collections that the public Members and TypeNames APIs build on every call.
    /// Detected once at load; where they are missing (a future version), <see cref="IsAvailable"/> is false and the
    /// handler uses the public API. Windows PowerShell 5.1 has both (per a decompiled 5.1 System.Management.Automation;
    /// no 5.1 run has confirmed it), so it takes this path too, with the deserializer's internals unbound: the unit tests
    /// run that combination (WindowsPowerShellCombinationTests), on PowerShell 7's implementations.
    /// </summary>
    internal sealed class PowerShellInternals
    {
        private const BindingFlags StaticNonPublic = BindingFlags.Static | BindingFlags.NonPublic;

        private readonly Func<object, IEnumerable<PSMemberInfo>?>? _instanceMembers;
        private readonly Func<object, bool>? _hasInstanceTypeName;

        private PowerShellInternals(Func<object, IEnumerable<PSMemberInfo>?>? instanceMembers, Func<object, bool>? hasInstanceTypeName)
        {
            _instanceMembers = instanceMembers;
            _hasInstanceTypeName = hasInstanceTypeName;
        }

        /// <summary>The accessor for this process, detected once.</summary>
        public static PowerShellInternals Current { get; } = Detect();

        /// <summary>An accessor that always reports the internals missing, so the public-API path can be tested here too.</summary>
        public static PowerShellInternals Unavailable { get; } = new PowerShellInternals(null, null);

        public bool IsAvailable => _instanceMembers != null && _hasInstanceTypeName != null;

        /// <summary>The object's own members in the order they were added, or null when it has none.</summary>
        public IEnumerable<PSMemberInfo>? InstanceMembers(PSObject value) => _instanceMembers!(value);

        /// <summary>True when the object's type names were changed from the ones its base type gives, or were set by the deserializer.</summary>
        public bool HasInstanceTypeNames(PSObject value) => _hasInstanceTypeName!(value);

        private static PowerShellInternals Detect()
        {
            try
            {
                return new PowerShellInternals(BuildInstanceMembers(), BuildHasInstanceTypeName());
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is MemberAccessException)
            {
                return Unavailable;
            }
        }

        private static Func<object, IEnumerable<PSMemberInfo>?>? BuildInstanceMembers()
        {
            var method = typeof(PSObject).GetMethod("HasInstanceMembers", StaticNonPublic);
            var parameters = method?.GetParameters();
            if (method == null || parameters!.Length != 2 || !parameters[1].ParameterType.IsByRef ||
                !typeof(IEnumerable<PSMemberInfo>).IsAssignableFrom(parameters[1].ParameterType.GetElementType()))
            {
                return null;
            }

            // value => HasInstanceMembers(value, out var members) ? members : null
            var value = Expression.Parameter(typeof(object), "value");
            var members = Expression.Variable(parameters[1].ParameterType.GetElementType()!, "members");
            var body = Expression.Block(
                new[] { members },
                Expression.Condition(
                    Expression.Call(method, value, members),
                    Expression.Convert(members, typeof(IEnumerable<PSMemberInfo>)),
                    Expression.Constant(null, typeof(IEnumerable<PSMemberInfo>))));
            return Expression.Lambda<Func<object, IEnumerable<PSMemberInfo>?>>(body, value).Compile();
        }

        private static Func<object, bool>? BuildHasInstanceTypeName()
        {
            var method = typeof(PSObject).GetMethod("HasInstanceTypeName", StaticNonPublic);
            var parameters = method?.GetParameters();
            if (method == null || parameters!.Length != 2 || !parameters[1].ParameterType.IsByRef)
            {
                return null;
            }

            var value = Expression.Parameter(typeof(object), "value");
            var names = Expression.Variable(parameters[1].ParameterType.GetElementType()!, "names");
            Expression body = Expression.Block(new[] { names }, Expression.Call(method, value, names));

            // The deserializer (Import-Clixml, remoting, jobs) gives a wrapper its "Deserialized." type names in its own
            // list, not in the table above. PowerShell's derived list, which a wrapper caches there too, is read-only.
            var ownList = typeof(PSObject).GetField("_typeNames", BindingFlags.Instance | BindingFlags.NonPublic);
            if (ownList != null && typeof(ICollection<string>).IsAssignableFrom(ownList.FieldType))
            {
                var list = Expression.Variable(ownList.FieldType, "list");
                body = Expression.OrElse(
                    body,
                    Expression.Block(
                        new[] { list },
                        Expression.Assign(list, Expression.Field(Expression.Convert(value, typeof(PSObject)), ownList)),
                        Expression.AndAlso(
                            Expression.NotEqual(list, Expression.Constant(null, ownList.FieldType)),
                            Expression.Not(Expression.Property(Expression.Convert(list, typeof(ICollection<string>)), nameof(ICollection<string>.IsReadOnly))))));
            }

            return Expression.Lambda<Func<object, bool>>(body, value).Compile();
        }
    }
}
