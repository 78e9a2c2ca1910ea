using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// PowerShell's two process-wide tables of the members and type names it keeps for objects held unwrapped, read
    /// directly (found by name once): a lookup never creates an entry, as PowerShell's own getters would.
    /// </summary>
    internal sealed class ResurrectionTables
    {
        private const BindingFlags StaticNonPublic = BindingFlags.Static | BindingFlags.NonPublic;

        private ResurrectionTables(Func<object, IEnumerable<PSMemberInfo>?> membersOf, Func<object, int> memberCount, Func<object, IList<string>?> typeNamesOf)
        {
            MembersOf = membersOf;
            MemberCount = memberCount;
            TypeNamesOf = typeNamesOf;
        }

        /// <summary>The members kept for an object, or null.</summary>
        public Func<object, IEnumerable<PSMemberInfo>?> MembersOf { get; }

        /// <summary>How many members are kept for an object (reading a wrapper's members stores an empty list).</summary>
        public Func<object, int> MemberCount { get; }

        /// <summary>The type-name list kept for an object, or null.</summary>
        public Func<object, IList<string>?> TypeNamesOf { get; }

        // PowerShell 7 names the tables s_...; Windows PowerShell 5.1 names the same tables, of the same types, _....
        internal static readonly string[] MemberTableNames = { "s_instanceMembersResurrectionTable", "_instanceMembersResurrectionTable" };
        internal static readonly string[] TypeNameTableNames = { "s_typeNamesResurrectionTable", "_typeNamesResurrectionTable" };

        /// <summary>The tables of this PowerShell, or null when they cannot be found.</summary>
        public static ResurrectionTables? TryBind() => TryBind(typeof(PSObject));

        /// <summary>The tables kept in static fields of <paramref name="owner"/> (PSObject; tests pass a class with another layout).</summary>
        internal static ResurrectionTables? TryBind(Type owner)
        {
            var members = Table(owner, MemberTableNames);
            var typeNames = Table(owner, TypeNameTableNames);
            if (members is null || typeNames is null)
            {
                return null;
            }

            var count = members.Value.Value.GetProperty("Count", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            if (count is null || count.PropertyType != typeof(int) || !typeof(IEnumerable<PSMemberInfo>).IsAssignableFrom(members.Value.Value) ||
                !typeof(IList<string>).IsAssignableFrom(typeNames.Value.Value))
            {
                return null;
            }

            var noMembers = Expression.Constant(null, typeof(IEnumerable<PSMemberInfo>));
            var noNames = Expression.Constant(null, typeof(IList<string>));
            return new ResurrectionTables(
                Lookup<IEnumerable<PSMemberInfo>?>(members.Value.Key, members.Value.Value, entry => entry, noMembers),
                Lookup<int>(members.Value.Key, members.Value.Value, entry => Expression.Property(entry, count), Expression.Constant(0)),
                Lookup<IList<string>?>(typeNames.Value.Key, typeNames.Value.Value, entry => entry, noNames));
        }

        /// <summary>
        /// True when a kept type-name list is not the one the object's type gives. PowerShell stores the derived list
        /// whenever it reads a wrapper's type names (calling a method on an object does), so most entries are the
        /// default: [the type's full name, ..., System.Object]. A changed list (PSTypeNames.Insert(0, ...), .Add(...))
        /// differs at one end; the PSObject handler compares it whole before copying.
        /// </summary>
        public static bool IsChanged(IList<string> names, Type type) =>
            names.Count < 2 ||
            !string.Equals(names[0], type.FullName, StringComparison.Ordinal) ||
            !string.Equals(names[names.Count - 1], "System.Object", StringComparison.Ordinal);

        /// <summary>The first static ConditionalWeakTable of <paramref name="owner"/> found by these names, and its TryGetValue, with the entry type.</summary>
        private static KeyValuePair<Expression, Type>? Table(Type owner, string[] names)
        {
            object? table = null;
            foreach (var name in names)
            {
                table ??= owner.GetField(name, StaticNonPublic)?.GetValue(null);
            }

            var tryGetValue = table?.GetType().GetMethod("TryGetValue");
            var entryType = tryGetValue?.GetParameters()[1].ParameterType.GetElementType();
            if (table is null || entryType is null)
            {
                return null;
            }

            return new KeyValuePair<Expression, Type>(Expression.Constant(table), entryType);
        }

        /// <summary>value => table.TryGetValue(value, out var entry) ? read(entry) : missing.</summary>
        private static Func<object, TResult> Lookup<TResult>(Expression table, Type entryType, Func<Expression, Expression> read, Expression missing)
        {
            var value = Expression.Parameter(typeof(object), "value");
            var entry = Expression.Variable(entryType, "entry");
            var tryGetValue = table.Type.GetMethod("TryGetValue")!;
            var body = Expression.Block(
                new[] { entry },
                Expression.Condition(Expression.Call(table, tryGetValue, value, entry), Expression.Convert(read(entry), typeof(TResult)), Expression.Convert(missing, typeof(TResult))));
            return Expression.Lambda<Func<object, TResult>>(body, value).Compile();
        }
    }
}
