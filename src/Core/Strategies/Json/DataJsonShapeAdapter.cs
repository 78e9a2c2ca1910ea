using System;
using System.Collections.Generic;
using System.Data;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Writes System.Data the way JSON serializers and PowerShell users expect: a DataTable as an array of its rows, a
    /// row as an object of column values, a DataSet as an object of its tables by name. Deleted rows are left out
    /// (they have no current values) and so are row states, original values, errors and the schema: the Json strategy
    /// is lossy by nature (docs/json-strategy.md). Expression columns are written like any other.
    /// </summary>
    internal sealed class DataJsonShapeAdapter : JsonShapeAdapter
    {
        public override bool CanWrite(Type type) => type == typeof(DataSet) || type == typeof(DataTable) || type == typeof(DataRow);

        public override object? GetWrappedValue(object value)
        {
            if (!(value is DataTable table))
            {
                return null;
            }

            var rows = new List<object>(table.Rows.Count);
            foreach (DataRow row in table.Rows)
            {
                if (row.RowState != DataRowState.Deleted)
                {
                    rows.Add(row);
                }
            }

            return rows.ToArray();
        }

        public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
        {
            shape = JsonObjectShape.Object;
            switch (value)
            {
                case DataRow row:
                    var version = row.RowState == DataRowState.Detached ? DataRowVersion.Default : DataRowVersion.Current;
                    foreach (DataColumn column in row.Table.Columns)
                    {
                        var cell = row.HasVersion(version) ? row[column, version] : null;
                        members.Add(new KeyValuePair<string, object?>(column.ColumnName, cell is DBNull ? null : cell));
                    }

                    return true;
                case DataSet set:
                    foreach (DataTable table in set.Tables)
                    {
                        members.Add(new KeyValuePair<string, object?>(table.TableName, table));
                    }

                    return true;
                default:
                    return false;
            }
        }
    }
}
