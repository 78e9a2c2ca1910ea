using System;
using System.Collections;
using System.Collections.Specialized;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Reads the key comparer of a class-library dictionary or set, so a case-insensitive <c>@{}</c> and a case-sensitive
    /// copy are told apart. Only members declared by the class library are read; other types report no comparer.
    /// </summary>
    internal static class ComparerReader
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        public static Func<object, object?>? For(Type type)
        {
            if (typeof(Hashtable).IsAssignableFrom(type))
            {
                // Hashtable keeps it behind a protected property; subclasses (OrderedHashtable...) inherit it.
                return Getter(typeof(Hashtable).GetProperty("EqualityComparer", Instance));
            }

            if (type == typeof(OrderedDictionary))
            {
                var field = typeof(OrderedDictionary).GetField("_comparer", Instance);
                return field is null ? null : (Func<object, object?>)field.GetValue;
            }

            var property = type.GetProperty("Comparer", BindingFlags.Instance | BindingFlags.Public);
            return property != null && property.DeclaringType != null && FrameworkAssemblies.Contains(property.DeclaringType.Assembly)
                ? Getter(property)
                : null;
        }

        private static Func<object, object?>? Getter(PropertyInfo? property)
        {
            if (property is null || property.GetIndexParameters().Length != 0 || property.GetGetMethod(nonPublic: true) is null)
            {
                return null;
            }

            return target => property.GetValue(target);
        }
    }
}
