using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a <see cref="DataSet"/>: its schema through the framework's Clone (tables, columns, keys, constraints,
    /// relations), then every table's rows rebuilt with their states, versions and errors, cell values deep.
    /// Only the exact type: a typed DataSet's Clone runs its generated constructor, so it stays refused.
    /// </summary>
    internal sealed class DataSetHandler : BuiltInHandler<DataSet>
    {
        protected override DataSet CreateShell(DataSet source, DeepCopyContext context)
        {
            var copy = source.Clone();
            for (var index = 0; index < source.Tables.Count; index++)
            {
                var twin = copy.Tables[index];
                PendingDataRows.Park(twin, DataRowRebuilder.CreateRows(source.Tables[index], twin, context));
            }

            return copy;
        }

        protected override void Populate(DataSet source, DataSet shell, DeepCopyContext context)
        {
            EnsureSameCount(source.Tables.Count, shell.Tables.Count, source, context);

            // Foreign keys are checked once, when every table is full: a child table may come before its parent.
            var enforceConstraints = shell.EnforceConstraints;
            shell.EnforceConstraints = false;
            DataSchemaCopier.CopySet(source, shell, context);
            for (var index = 0; index < source.Tables.Count; index++)
            {
                var table = source.Tables[index];
                var twin = shell.Tables[index];
                DataSchemaCopier.CopyTable(table, twin, context);
                DataRowRebuilder.Fill(table, twin, PendingDataRows.Find(twin)!, "Tables['" + table.TableName + "'].", context);
                PendingDataRows.Release(twin);
            }

            shell.EnforceConstraints = enforceConstraints;

            // After the constraints are back on, so a filter or sort sees the rows as the source's view does.
            for (var index = 0; index < source.Tables.Count; index++)
            {
                DefaultViewCopier.Copy(source.Tables[index], shell.Tables[index]);
            }
        }
    }
}
