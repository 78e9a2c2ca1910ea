using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a <see cref="DataColumn"/> of a table as the matching column of the table's copy. A column in no table
    /// is refused: it has no public way to be duplicated, and it is only ever a step towards adding it to a table.
    /// </summary>
    internal sealed class DataColumnHandler : WholeCopyHandler
    {
        public DataColumnHandler()
            : base(typeof(DataColumn))
        {
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var column = (DataColumn)source;
            return SchemaTwin.Find(
                column, column.Table, "Table", "it is a DataColumn that belongs to no table; copy the table it is added to", context,
                (DataTable table) => table.Columns[column.Ordinal])!;
        }
    }
}
