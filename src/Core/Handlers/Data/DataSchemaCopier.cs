using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Deepens what the framework's Clone of a DataSet or DataTable leaves shallow: the values of ExtendedProperties
    /// (on the set, its tables, columns, relations and constraints) and columns' default values. Clone copies the
    /// schema itself (columns, expressions, keys, constraints, relations) by value, so that part needs no help.
    /// </summary>
    internal static class DataSchemaCopier
    {
        public static void CopySet(DataSet source, DataSet copy, DeepCopyContext context)
        {
            CopyProperties(source, copy, context);
            foreach (DataRelation relation in source.Relations)
            {
                CopyProperties(relation, copy.Relations[relation.RelationName], context);
            }
        }

        public static void CopyTable(DataTable source, DataTable copy, DeepCopyContext context)
        {
            CopyProperties(source, copy, context);
            for (var ordinal = 0; ordinal < source.Columns.Count; ordinal++)
            {
                var column = source.Columns[ordinal];
                var twin = copy.Columns[ordinal];
                CopyProperties(column, twin, context);
                CopyDefaultValue(column, twin, context);
            }

            foreach (Constraint constraint in source.Constraints)
            {
                CopyProperties(constraint, copy.Constraints[constraint.ConstraintName], context);
            }
        }

        private static void CopyProperties(object source, object? copy, DeepCopyContext context)
        {
            var properties = ExtendedPropertiesReader.Read(source);
            if (properties is null || copy is null)
            {
                return;
            }

            // The framework's clone holds the source's keys and values; refill it with deep copies of them.
            var target = ExtendedPropertiesReader.Open(copy)!;
            target.Clear();
            context.PopulateDictionary(properties, target);
        }

        private static void CopyDefaultValue(DataColumn source, DataColumn copy, DeepCopyContext context)
        {
            var value = source.DefaultValue;
            if (value is null || value is System.DBNull || value is string)
            {
                return;
            }

            var copied = context.CopyMemberPath(value, "Columns['" + source.ColumnName + "'].DefaultValue");
            if (!ReferenceEquals(copied, value))
            {
                copy.DefaultValue = copied;
            }
        }
    }
}
