using System.Collections.Generic;
using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Rebuilds a table's rows in a copy of its schema through the public API, so each row keeps its state (Unchanged,
    /// Added, Modified, Deleted), its original and current values and its errors. The framework's own Copy is not used:
    /// it clones cell values through ICloneable, running the values' own code, and shallowly. Here every cell value
    /// goes through the engine, so it is deep, shared references stay shared and no user code runs.
    /// </summary>
    internal static class DataRowRebuilder
    {
        private const int CancellationCheckMask = 1023;

        /// <summary>
        /// Makes one detached twin per source row, without moving the copy's auto-increment counters. A cancellation
        /// leaves them suspended in <paramref name="copy"/>, which the cancelled copy drops unseen.
        /// </summary>
        public static DataRow[] CreateRows(DataTable source, DataTable copy, DeepCopyContext context)
        {
            var rows = new DataRow[source.Rows.Count];
            var counters = SuspendAutoIncrement(copy);
            for (var index = 0; index < rows.Length; index++)
            {
                context.Tick();
                rows[index] = copy.NewRow();
            }

            ResumeAutoIncrement(counters);
            return rows;
        }

        /// <summary>A detached twin of one row made with NewRow, never added to its table.</summary>
        public static DataRow CreateDetachedRow(DataTable copy)
        {
            var counters = SuspendAutoIncrement(copy);
            var row = copy.NewRow();
            ResumeAutoIncrement(counters);
            return row;
        }

        /// <summary>Adds the twins to <paramref name="copy"/> in the source's order, each brought to its source row's state.</summary>
        public static void Fill(DataTable source, DataTable copy, DataRow[] rows, string pathPrefix, DeepCopyContext context)
        {
            if (source.Rows.Count != rows.Length)
            {
                context.ReportSourceChanged(source);
            }

            var cells = new DataCellCopier(source, pathPrefix, context);
            var readOnly = ClearReadOnly(copy);
            copy.BeginLoadData();
            for (var index = 0; index < rows.Length; index++)
            {
                if ((index & CancellationCheckMask) == 0)
                {
                    // A million-row table takes seconds; Ctrl+C must not wait for it.
                    context.ThrowIfCancellationRequested();
                }

                FillRow(source.Rows[index], rows[index], index, copy, cells);
            }

            copy.EndLoadData();
            foreach (var column in readOnly)
            {
                column.ReadOnly = true;
            }
        }

        /// <summary>
        /// Sets a detached twin's values from a detached source row: its proposed values, or none at all for a row that
        /// was taken out of its table (Rows.Remove), whose twin is put in and taken out the same way.
        /// </summary>
        public static void FillDetached(DataRow source, DataRow copy, DeepCopyContext context)
        {
            if (!source.HasVersion(DataRowVersion.Proposed))
            {
                var table = copy.Table;
                table.BeginLoadData();
                table.Rows.Add(copy);
                table.Rows.Remove(copy);
                table.EndLoadData();
                return;
            }

            var cells = new DataCellCopier(source.Table, string.Empty, context);
            cells.SetValues(source, copy, DataRowVersion.Proposed, -1);
            CopyErrors(source, copy);
        }

        private static void FillRow(DataRow source, DataRow copy, int index, DataTable table, DataCellCopier cells)
        {
            switch (source.RowState)
            {
                case DataRowState.Added:
                    cells.SetValues(source, copy, DataRowVersion.Current, index);
                    table.Rows.Add(copy);
                    break;
                case DataRowState.Unchanged:
                    cells.SetValues(source, copy, DataRowVersion.Current, index);
                    table.Rows.Add(copy);
                    copy.AcceptChanges();
                    break;
                case DataRowState.Modified:
                    cells.SetValues(source, copy, DataRowVersion.Original, index);
                    table.Rows.Add(copy);
                    copy.AcceptChanges();
                    cells.SetValues(source, copy, DataRowVersion.Current, index);
                    break;
                case DataRowState.Deleted:
                    cells.SetValues(source, copy, DataRowVersion.Original, index);
                    table.Rows.Add(copy);
                    copy.AcceptChanges();
                    copy.Delete();
                    break;
                default:
                    // Only a row taken out of the table since the copy began can be detached here.
                    cells.ReportSourceChanged(source.Table);
                    break;
            }

            CopyErrors(source, copy);
            if (source.HasVersion(DataRowVersion.Proposed))
            {
                // A row in the middle of an edit (BeginEdit, no EndEdit yet) keeps its pending values pending.
                copy.BeginEdit();
                cells.SetValues(source, copy, DataRowVersion.Proposed, index);
            }
        }

        private static void CopyErrors(DataRow source, DataRow copy)
        {
            if (!source.HasErrors)
            {
                return;
            }

            copy.RowError = source.RowError;
            foreach (var column in source.GetColumnsInError())
            {
                copy.SetColumnError(column.Ordinal, source.GetColumnError(column));
            }
        }

        private static List<DataColumn> SuspendAutoIncrement(DataTable copy)
        {
            // NewRow takes the next auto-increment value; the twins get the source's values instead, so switching the
            // counters off while they are made leaves them where the source's are.
            var suspended = new List<DataColumn>();
            foreach (DataColumn column in copy.Columns)
            {
                if (column.AutoIncrement)
                {
                    column.AutoIncrement = false;
                    suspended.Add(column);
                }
            }

            return suspended;
        }

        private static void ResumeAutoIncrement(List<DataColumn> suspended)
        {
            foreach (var column in suspended)
            {
                column.AutoIncrement = true;
            }
        }

        private static List<DataColumn> ClearReadOnly(DataTable copy)
        {
            // A read-only column refuses a value once its row is in the table, which a Modified row's current values need.
            var cleared = new List<DataColumn>();
            foreach (DataColumn column in copy.Columns)
            {
                if (column.ReadOnly && column.Expression.Length == 0)
                {
                    column.ReadOnly = false;
                    cleared.Add(column);
                }
            }

            return cleared;
        }
    }
}
