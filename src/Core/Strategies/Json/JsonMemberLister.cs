using System;
using System.Collections.Generic;
using System.Reflection;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The members an object is written from, as ConvertTo-Json lists them: its public instance fields, then its
    /// properties that are public, instance, readable through a public getter, not indexed, and of a type a getter can
    /// return boxed. Each list runs from the most derived class to the base. A name hidden by a derived class's field or
    /// property appears once, the derived one (ConvertTo-Json fails on such a type: two members of one name). Members
    /// marked [DeepCopyIgnore] (a field, a property, or an auto-property's backing field) are left out, as every
    /// strategy leaves them uncopied.
    /// </summary>
    internal static class JsonMemberLister
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        private const string ByRefLikeAttribute = "System.Runtime.CompilerServices.IsByRefLikeAttribute";

        public static void For(Type type, out FieldInfo[] fields, out PropertyInfo[] properties)
        {
            var fieldList = new List<FieldInfo>();
            var propertyList = new List<PropertyInfo>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var current = type; current != null && current != typeof(object); current = current.BaseType)
            {
                // Per class, so a derived member claims its name before the base member it hides.
                // An ignored member still claims its name, so a base member it hides is not written in its place.
                foreach (var field in current.GetFields(Declared))
                {
                    if (names.Add(field.Name) && !CopyAttributes.IsIgnored(field))
                    {
                        fieldList.Add(field);
                    }
                }

                foreach (var property in current.GetProperties(Declared))
                {
                    if (IsReadable(property) && names.Add(property.Name) && !CopyAttributes.IsIgnored(property))
                    {
                        propertyList.Add(property);
                    }
                }
            }

            fields = fieldList.ToArray();
            properties = propertyList.ToArray();
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
