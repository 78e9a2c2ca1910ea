using System;
using System.Data;
using System.Reflection;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Reads the ExtendedProperties of a System.Data object without creating them. The public property makes an empty
    /// collection on first read, which would change the source; the backing field is read instead, found once per type
    /// under the names .NET and .NET Framework give it (weakly for a subclass a host may unload). Where neither exists
    /// the public property is the fallback.
    /// </summary>
    internal static class ExtendedPropertiesReader
    {
        private static readonly TypeTable<FieldInfo?> Fields = new TypeTable<FieldInfo?>();

        /// <summary>The object's extended properties, or null when it has none (never created, or empty).</summary>
        public static PropertyCollection? Read(object owner)
        {
            var field = Fields.GetOrAdd(owner.GetType(), FindField);
            var properties = field != null ? (PropertyCollection?)field.GetValue(owner) : Open(owner);
            return properties != null && properties.Count > 0 ? properties : null;
        }

        private static FieldInfo? FindField(Type type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                foreach (var name in new[] { "_extendedProperties", "extendedProperties" })
                {
                    var field = current.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
                    if (field != null && field.FieldType == typeof(PropertyCollection))
                    {
                        return field;
                    }
                }
            }

            return null;
        }

        /// <summary>The object's extended properties through the public property, which creates them when missing: for copies only.</summary>
        public static PropertyCollection? Open(object owner)
        {
            switch (owner)
            {
                case DataSet set:
                    return set.ExtendedProperties;
                case DataTable table:
                    return table.ExtendedProperties;
                case DataColumn column:
                    return column.ExtendedProperties;
                case DataRelation relation:
                    return relation.ExtendedProperties;
                case Constraint constraint:
                    return constraint.ExtendedProperties;
                default:
                    return null;
            }
        }
    }
}
