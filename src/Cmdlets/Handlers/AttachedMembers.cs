using System;
using System.Collections;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Members and type names that PowerShell keeps for a .NET object held unwrapped (<c>Add-Member -InputObject
    /// $cart ...</c>, <c>$cfg.PSTypeNames.Insert(0, ...)</c>): PSObject stores them in two process-wide tables keyed by the
    /// object, where no field walk reaches, so copies lost them. The tables are read directly (found by name once; one
    /// lookup each per copied object), and what a source has is copied by the PSObject handler onto a wrapper of the
    /// copy, which stores it under the copy in the same tables. Where the tables are missing (Windows PowerShell 5.1, a
    /// future version), nothing is registered and such members are not carried (the README says so).
    /// </summary>
    internal sealed class AttachedMembers : DeepCopyAttachedState
    {
        private const BindingFlags StaticNonPublic = BindingFlags.Static | BindingFlags.NonPublic;

        private readonly Func<object, bool> _hasMembers;
        private readonly Func<object, bool> _hasTypeNames;
        private readonly PSObjectHandler _handler;

        private AttachedMembers(Func<object, bool> hasMembers, Func<object, bool> hasTypeNames, PSObjectHandler handler)
        {
            _hasMembers = hasMembers;
            _hasTypeNames = hasTypeNames;
            _handler = handler;
        }

        /// <summary>The attached state for this PowerShell, or null when its tables cannot be found.</summary>
        public static AttachedMembers? TryCreate(PSObjectHandler handler)
        {
            try
            {
                var members = BindLookup("s_instanceMembersResurrectionTable", "Count");
                var typeNames = BindTypeNamesLookup();
                return members is null || typeNames is null ? null : new AttachedMembers(members, typeNames, handler);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is MemberAccessException)
            {
                return null;
            }
        }

        /// <summary>
        /// Collections (hashtables, lists, arrays...) and instances of classes defined in script: what scripts make and
        /// decorate themselves. Other .NET objects are not looked up, because two table lookups for every object of a
        /// POCO graph cost about a third of its copy time; their members are carried when they are wrapped, as
        /// cmdlet output is, and the README says so.
        /// </summary>
        public override bool AppliesTo(Type type) => Covers(type);

        /// <summary>The rule of <see cref="AppliesTo"/>, which the tests' graph snapshot follows too.</summary>
        internal static bool Covers(Type type) =>
            type != typeof(PSObject) && (typeof(IEnumerable).IsAssignableFrom(type) || type.Assembly.IsDynamic);

        // PSObjects carry their own members, which their handler copies; only unwrapped objects are looked up here.
        public override bool HasState(object source) => !(source is PSObject) && (_hasMembers(source) || _hasTypeNames(source));

        public override void CopyState(object source, object copy, DeepCopyContext context) =>
            _handler.Populate(PSObject.AsPSObject(source), new PSObject(copy), context);

        /// <summary>
        /// value => the type-names table holds a list for value that is not the one its type gives. PowerShell stores the
        /// derived list there whenever it reads a wrapper's type names (calling a method on an object does), so most
        /// entries are the default: [its type's full name, ..., System.Object]. A changed list (PSTypeNames.Insert(0,
        /// ...), .Add(...)) differs at one end; the PSObject handler compares it whole before copying.
        /// </summary>
        private static Func<object, bool>? BindTypeNamesLookup()
        {
            var table = typeof(PSObject).GetField("s_typeNamesResurrectionTable", StaticNonPublic)?.GetValue(null);
            var tryGetValue = table?.GetType().GetMethod("TryGetValue");
            var listType = tryGetValue?.GetParameters()[1].ParameterType.GetElementType();
            if (table is null || tryGetValue is null || listType is null || !typeof(System.Collections.Generic.IList<string>).IsAssignableFrom(listType))
            {
                return null;
            }

            var value = Expression.Parameter(typeof(object), "value");
            var entry = Expression.Variable(listType, "entry");
            var lookup = Expression.Lambda<Func<object, System.Collections.Generic.IList<string>?>>(
                Expression.Block(
                    new[] { entry },
                    Expression.Condition(
                        Expression.Call(Expression.Constant(table), tryGetValue, value, entry),
                        Expression.Convert(entry, typeof(System.Collections.Generic.IList<string>)),
                        Expression.Constant(null, typeof(System.Collections.Generic.IList<string>)))),
                value).Compile();
            return source =>
            {
                var names = lookup(source);
                return names != null && (names.Count < 2 ||
                    !string.Equals(names[0], source.GetType().FullName, StringComparison.Ordinal) ||
                    !string.Equals(names[names.Count - 1], "System.Object", StringComparison.Ordinal));
            };
        }

        /// <summary>value => table.TryGetValue(value, out var entry) [&amp;&amp; entry.Count &gt; 0], against the named static table of PSObject.</summary>
        private static Func<object, bool>? BindLookup(string tableName, string? countProperty)
        {
            var field = typeof(PSObject).GetField(tableName, StaticNonPublic);
            var table = field?.GetValue(null);
            var tryGetValue = table?.GetType().GetMethod("TryGetValue");
            if (table is null || tryGetValue is null)
            {
                return null;
            }

            var value = Expression.Parameter(typeof(object), "value");
            var entry = Expression.Variable(tryGetValue.GetParameters()[1].ParameterType.GetElementType()!, "entry");
            Expression found = Expression.Call(Expression.Constant(table), tryGetValue, value, entry);
            if (countProperty != null)
            {
                // Reading a wrapper's members creates an empty collection for its object: an entry with nothing to copy.
                var count = entry.Type.GetProperty(countProperty, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
                if (count is null || count.PropertyType != typeof(int))
                {
                    return null;
                }

                found = Expression.AndAlso(found, Expression.GreaterThan(Expression.Property(entry, count), Expression.Constant(0)));
            }

            return Expression.Lambda<Func<object, bool>>(Expression.Block(new[] { entry }, found), value).Compile();
        }
    }
}
