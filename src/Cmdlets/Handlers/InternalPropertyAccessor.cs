using System;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Handlers
{
    /// <summary>A compiled getter and setter for one non-public instance property of <see cref="PSObject"/>, bound by name.</summary>
    internal sealed class InternalPropertyAccessor
    {
        private InternalPropertyAccessor(Type propertyType, Func<PSObject, object?> get, Action<PSObject, object?> set)
        {
            PropertyType = propertyType;
            Get = get;
            Set = set;
        }

        public Type PropertyType { get; }

        public Func<PSObject, object?> Get { get; }

        public Action<PSObject, object?> Set { get; }

        /// <summary>The accessor, or null when this PowerShell has no such property with a getter and a setter.</summary>
        public static InternalPropertyAccessor? Bind(string name)
        {
            var property = typeof(PSObject).GetProperty(name, BindingFlags.Instance | BindingFlags.NonPublic);
            if (property?.GetMethod == null || property.SetMethod == null || property.PropertyType.IsValueType)
            {
                return null;
            }

            var target = Expression.Parameter(typeof(PSObject), "target");
            var value = Expression.Parameter(typeof(object), "value");
            var get = Expression.Lambda<Func<PSObject, object?>>(Expression.Convert(Expression.Property(target, property), typeof(object)), target).Compile();
            var set = Expression.Lambda<Action<PSObject, object?>>(
                Expression.Assign(Expression.Property(target, property), Expression.Convert(value, property.PropertyType)), target, value).Compile();
            return new InternalPropertyAccessor(property.PropertyType, get, set);
        }
    }
}
