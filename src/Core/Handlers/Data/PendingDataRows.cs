using System.Data;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// The rows of a table copy between the moment it is made and the moment it is filled. A row reached on its own
    /// (an array of DataRow, say) must resolve to its twin as soon as the table copy exists, before the table is filled,
    /// so the twins are made up front and parked here, keyed weakly by the copy so an abandoned copy leaves nothing behind.
    /// </summary>
    internal static class PendingDataRows
    {
        private static readonly ConditionalWeakTable<DataTable, DataRow[]> Rows = new ConditionalWeakTable<DataTable, DataRow[]>();

        public static void Park(DataTable copy, DataRow[] rows) => Rows.Add(copy, rows);

        public static DataRow[]? Find(DataTable copy) => Rows.TryGetValue(copy, out var rows) ? rows : null;

        public static void Release(DataTable copy) => Rows.Remove(copy);
    }
}
