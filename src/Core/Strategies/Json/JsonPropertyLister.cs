using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The properties an object is written from: public, instance, readable through a public getter, not indexed, and
    /// of a type a getter can return boxed. A name hidden by a derived class's property appears once, the derived one.
    /// </summary>
    internal static class JsonPropertyLister
    {
        private const string ByRefLikeAttribute = "System.Runtime.CompilerServices.IsByRefLikeAttribute";

        public static PropertyInfo[] For(Type type)
        {
            var result = new List<PropertyInfo>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var current = type; current != null && current != typeof(object); current = current.BaseType)
            {
                foreach (var property in current.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (IsReadable(property) && names.Add(property.Name))
                    {
                        result.Add(property);
                    }
                }
            }

            return result.ToArray();
        }

        private static bool IsReadable(PropertyInfo property)
        {
            var getter = property.GetMethod;
            if (getter is null || !getter.IsPublic || property.GetIndexParameters().Length > 0)
            {
                return false;
            }

            // Pointers are listed: their boxed values meet the rule for values that cannot be copied (NonCopyableAction).
            var type = property.PropertyType;
            return !type.IsByRef && !IsByRefLike(type);
        }

        // netstandard2.0 has no Type.IsByRefLike; the compiler marks such types (Span<T>...) with this attribute.
        private static bool IsByRefLike(Type type)
        {
            if (!type.IsValueType)
            {
                return false;
            }

            foreach (var attribute in type.CustomAttributes)
            {
                if (attribute.AttributeType.FullName == ByRefLikeAttribute)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
