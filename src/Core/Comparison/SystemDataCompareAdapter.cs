using System;
using System.Data;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core.Handlers.Data;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Presents DataSet, DataTable, DataRow and DataColumn by what they mean rather than their fields (object ids,
    /// record numbers and index trees differ between any two equal tables): the schema, and each row's state, its
    /// original, current and proposed values and its errors. Keys are compared as text; a constraint or a relation by
    /// its definition as text and its ExtendedProperties, which are data a copy keeps (and may share) like a table's.
    /// Only public members are read, plus ExtendedProperties through their backing field so that none is created.
    /// </summary>
    internal sealed class SystemDataCompareAdapter : DeepCompareAdapter
    {
        public override bool CanHandle(Type type) =>
            type == typeof(DataSet) || type == typeof(DataTable) || type == typeof(DataRow) || type == typeof(DataColumn) ||
            typeof(DataRelation).IsAssignableFrom(type) || typeof(Constraint).IsAssignableFrom(type);

        public override void Describe(object value, DeepCompareView view)
        {
            switch (value)
            {
                case DataSet set:
                    DescribeSet(set, view);
                    break;
                case DataTable table:
                    DescribeTable(table, view);
                    break;
                case DataRow row:
                    DescribeRow(row, view);
                    break;
                case DataColumn column:
                    DescribeColumn(column, view);
                    break;
                case DataRelation relation:
                    view.AddMember("Definition", DescribeRelation(relation));
                    view.AddMember(nameof(DataRelation.ExtendedProperties), ExtendedPropertiesReader.Read(relation));
                    break;
                case Constraint constraint:
                    view.AddMember("Definition", DescribeConstraint(constraint));
                    view.AddMember(nameof(Constraint.ExtendedProperties), ExtendedPropertiesReader.Read(constraint));
                    break;
            }
        }

        private static void DescribeSet(DataSet set, DeepCompareView view)
        {
            DescribeNaming(view, nameof(DataSet.DataSetName), set.DataSetName, set.Namespace, set.Prefix, set.CaseSensitive, set.Locale);
            view.AddMember(nameof(DataSet.EnforceConstraints), set.EnforceConstraints);
            view.AddMember(nameof(DataSet.Tables), Fresh(set.Tables.Cast<DataTable>()));
            view.AddMember(nameof(DataSet.Relations), Fresh(set.Relations.Cast<DataRelation>()));
            view.AddMember(nameof(DataSet.ExtendedProperties), ExtendedPropertiesReader.Read(set));
        }

        private static void DescribeTable(DataTable table, DeepCompareView view)
        {
            DescribeNaming(view, nameof(DataTable.TableName), table.TableName, table.Namespace, table.Prefix, table.CaseSensitive, table.Locale);
            view.AddMember(nameof(DataTable.DisplayExpression), table.DisplayExpression);
            view.AddMember(nameof(DataTable.Columns), Fresh(table.Columns.Cast<DataColumn>()));
            view.AddMember(nameof(DataTable.PrimaryKey), Fresh(table.PrimaryKey.Select(column => column.ColumnName)));
            view.AddMember(nameof(DataTable.Constraints), Fresh(table.Constraints.Cast<Constraint>()));
            view.AddMember(nameof(DataTable.Rows), Fresh(table.Rows.Cast<DataRow>()));
            view.AddMember(nameof(DataTable.ExtendedProperties), ExtendedPropertiesReader.Read(table));
            view.AddMember(nameof(DataTable.DataSet), table.DataSet);
        }

        /// <summary>What a set and a table both carry, under the same member names but on types that share no interface for them.</summary>
        private static void DescribeNaming(DeepCompareView view, string nameMember, string name, string xmlNamespace, string prefix, bool caseSensitive, System.Globalization.CultureInfo locale)
        {
            view.AddMember(nameMember, name);
            view.AddMember(nameof(DataTable.Namespace), xmlNamespace);
            view.AddMember(nameof(DataTable.Prefix), prefix);
            view.AddMember(nameof(DataTable.CaseSensitive), caseSensitive);
            view.AddMember(nameof(DataTable.Locale), locale.Name);
        }

        private static void DescribeRow(DataRow row, DeepCompareView view)
        {
            view.AddMember(nameof(DataRow.RowState), row.RowState);
            view.AddMember(nameof(DataRow.RowError), row.RowError);
            view.AddMember("ColumnErrors", Fresh(row.Table.Columns.Cast<DataColumn>().Select(row.GetColumnError)));
            view.AddMember(nameof(DataRowVersion.Original), Values(row, DataRowVersion.Original));
            view.AddMember(nameof(DataRowVersion.Current), Values(row, DataRowVersion.Current));
            view.AddMember(nameof(DataRowVersion.Proposed), Values(row, DataRowVersion.Proposed));
            view.AddMember(nameof(DataRow.Table), row.Table);
        }

        private static void DescribeColumn(DataColumn column, DeepCompareView view)
        {
            view.AddMember(nameof(DataColumn.ColumnName), column.ColumnName);
            view.AddMember(nameof(DataColumn.DataType), column.DataType);
            view.AddMember(nameof(DataColumn.Expression), column.Expression);
            view.AddMember(nameof(DataColumn.AllowDBNull), column.AllowDBNull);
            view.AddMember(nameof(DataColumn.AutoIncrement), column.AutoIncrement);
            view.AddMember(nameof(DataColumn.AutoIncrementSeed), column.AutoIncrementSeed);
            view.AddMember(nameof(DataColumn.AutoIncrementStep), column.AutoIncrementStep);
            view.AddMember(nameof(DataColumn.Caption), column.Caption);
            view.AddMember(nameof(DataColumn.ColumnMapping), column.ColumnMapping);
            view.AddMember(nameof(DataColumn.DefaultValue), column.DefaultValue);
            view.AddMember(nameof(DataColumn.MaxLength), column.MaxLength);
            view.AddMember(nameof(DataColumn.Namespace), column.Namespace);
            view.AddMember(nameof(DataColumn.Prefix), column.Prefix);
            view.AddMember(nameof(DataColumn.ReadOnly), column.ReadOnly);
            view.AddMember(nameof(DataColumn.Unique), column.Unique);
            view.AddMember(nameof(DataColumn.DateTimeMode), column.DateTimeMode);
            view.AddMember(nameof(DataColumn.Ordinal), column.Ordinal);
            view.AddMember(nameof(DataColumn.ExtendedProperties), ExtendedPropertiesReader.Read(column));
            view.AddMember(nameof(DataColumn.Table), column.Table);
        }

        private static object?[]? Values(DataRow row, DataRowVersion version)
        {
            if (!row.HasVersion(version))
            {
                return null;
            }

            var values = new object?[row.Table.Columns.Count];
            for (var ordinal = 0; ordinal < values.Length; ordinal++)
            {
                values[ordinal] = row[ordinal, version];
            }

            return values;
        }

        private static string DescribeConstraint(Constraint constraint)
        {
            switch (constraint)
            {
                case UniqueConstraint unique:
                    return unique.ConstraintName + ": unique (" + Names(unique.Columns) + ")" + (unique.IsPrimaryKey ? " primary key" : string.Empty);
                case ForeignKeyConstraint foreign:
                    return foreign.ConstraintName + ": foreign key (" + Names(foreign.Columns) + ") references " + foreign.RelatedTable.TableName +
                        " (" + Names(foreign.RelatedColumns) + ") on update " + foreign.UpdateRule + " on delete " + foreign.DeleteRule +
                        " on accept " + foreign.AcceptRejectRule;
                default:
                    return constraint.ConstraintName + ": " + Engine.TypeNames.Readable(constraint.GetType());
            }
        }

        private static string DescribeRelation(DataRelation relation) =>
            relation.RelationName + ": " + relation.ParentTable.TableName + " (" + Names(relation.ParentColumns) + ") to " +
            relation.ChildTable.TableName + " (" + Names(relation.ChildColumns) + ")" + (relation.Nested ? " nested" : string.Empty);

        /// <summary>A new array even when empty: LINQ hands out one shared empty array, which the independence check would see on both sides.</summary>
        private static T[] Fresh<T>(IEnumerable<T> items)
        {
            var list = new List<T>(items);
            var array = new T[list.Count];
            list.CopyTo(array);
            return array;
        }

        private static string Names(DataColumn[] columns) => string.Join(", ", columns.Select(column => column.ColumnName));
    }
}
