using System;
using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>Reads <see cref="DeepCopyShareAttribute"/> and <see cref="DeepCopyIgnoreAttribute"/>. Asked while plans are built, so the answers are cached with them.</summary>
    internal static class CopyAttributes
    {
        private const BindingFlags DeclaredInstanceProperties =
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        /// <summary>True when the type, or a class it derives from, carries [DeepCopyShare].</summary>
        public static bool IsShared(Type type) => type.IsDefined(typeof(DeepCopyShareAttribute), inherit: true);

        /// <summary>True when the field, or the auto-property it backs, carries [DeepCopyIgnore].</summary>
        public static bool IsIgnored(FieldInfo field)
        {
            if (field.IsDefined(typeof(DeepCopyIgnoreAttribute), inherit: false))
            {
                return true;
            }

            var propertyName = BackedPropertyName(field.Name);
            if (propertyName == null || field.DeclaringType == null)
            {
                return false;
            }

            // Looked up by name among the declaring type's own properties; indexers have no backing field.
            foreach (var property in field.DeclaringType.GetProperties(DeclaredInstanceProperties))
            {
                if (property.Name == propertyName && property.GetIndexParameters().Length == 0)
                {
                    return Attribute.IsDefined(property, typeof(DeepCopyIgnoreAttribute), inherit: true);
                }
            }

            return false;
        }

        /// <summary>
        /// True when the property carries [DeepCopyIgnore], or is an auto-property whose backing field carries it
        /// ([field: DeepCopyIgnore]): the Json strategy, which reads properties rather than fields, leaves it out.
        /// </summary>
        public static bool IsIgnored(PropertyInfo property)
        {
            // Attribute.IsDefined, not MemberInfo.IsDefined, which ignores inherit for properties: an override of an
            // ignored property is ignored too, as the base's backing field is.
            if (Attribute.IsDefined(property, typeof(DeepCopyIgnoreAttribute), inherit: true))
            {
                return true;
            }

            var backingField = property.DeclaringType?.GetField(BackingFieldName(property.Name), BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
            return backingField != null && backingField.IsDefined(typeof(DeepCopyIgnoreAttribute), inherit: false);
        }

        private const string BackingFieldSuffix = ">k__BackingField";

        /// <summary>The compiler's "&lt;Name&gt;k__BackingField" for the auto-property "Name".</summary>
        private static string BackingFieldName(string propertyName) => "<" + propertyName + BackingFieldSuffix;

        /// <summary>"Name" for the compiler's "&lt;Name&gt;k__BackingField"; null for any other field.</summary>
        private static string? BackedPropertyName(string fieldName)
        {
            if (fieldName.Length > BackingFieldSuffix.Length + 1 && fieldName[0] == '<' && fieldName.EndsWith(BackingFieldSuffix, StringComparison.Ordinal))
            {
                return fieldName.Substring(1, fieldName.Length - BackingFieldSuffix.Length - 1);
            }

            return null;
        }
    }
}
