using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a <see cref="DataRow"/> as the matching row of its table's copy: a row cannot exist without its table,
    /// so copying one row copies the table (and its DataSet), and every row of the same table reached on its own
    /// resolves to the same table copy. A detached row (made by NewRow, not added) gets a detached twin.
    /// </summary>
    internal sealed class DataRowHandler : BuiltInHandler<DataRow>
    {
        protected override DataRow CreateShell(DataRow source, DeepCopyContext context)
        {
            var table = source.Table;
            var tableCopy = context.CopyMember(table, "Table") as DataTable;
            if (tableCopy is null)
            {
                // The table was dropped (NonCopyableAction Null or a Null policy), and the row goes with it.
                return null!;
            }

            if (ReferenceEquals(tableCopy, table))
            {
                return source;
            }

            if (source.RowState == DataRowState.Detached)
            {
                return DataRowRebuilder.CreateDetachedRow(tableCopy);
            }

            var index = table.Rows.IndexOf(source);
            var rows = PendingDataRows.Find(tableCopy);
            var count = rows?.Length ?? tableCopy.Rows.Count;
            if (index < 0 || index >= count)
            {
                context.ReportSourceChanged(table);
            }

            return rows != null ? rows[index] : tableCopy.Rows[index];
        }

        protected override void Populate(DataRow source, DataRow shell, DeepCopyContext context)
        {
            if (!ReferenceEquals(source, shell) && source.RowState == DataRowState.Detached)
            {
                DataRowRebuilder.FillDetached(source, shell, context);
            }
        }
    }
}
