using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a <see cref="DataTable"/>. A table that belongs to a DataSet is part of the set's graph, so its copy is
    /// the matching table in the set's copy; a standalone table is copied on its own, like a DataSet of one table.
    /// Only the exact type: a typed table's Clone runs its generated constructor, so it stays refused.
    /// </summary>
    internal sealed class DataTableHandler : BuiltInHandler<DataTable>
    {
        protected override DataTable CreateShell(DataTable source, DeepCopyContext context)
        {
            var set = source.DataSet;
            if (set != null && context.CopyMember(set, "DataSet") is DataSet setCopy)
            {
                // A set shared (by policy) shares its tables; a dropped set leaves the table to be copied on its own.
                return ReferenceEquals(setCopy, set) ? source : setCopy.Tables[set.Tables.IndexOf(source)];
            }

            var copy = source.Clone();
            PendingDataRows.Park(copy, DataRowRebuilder.CreateRows(source, copy, context));
            return copy;
        }

        protected override void Populate(DataTable source, DataTable shell, DeepCopyContext context)
        {
            // A shared table is left alone, and a table in a set is filled with the set, which may come later.
            var rows = PendingDataRows.Find(shell);
            if (rows is null || shell.DataSet != null)
            {
                return;
            }

            DataSchemaCopier.CopyTable(source, shell, context);
            DataRowRebuilder.Fill(source, shell, rows, string.Empty, context);
            DefaultViewCopier.Copy(source, shell);
            PendingDataRows.Release(shell);
        }
    }
}
