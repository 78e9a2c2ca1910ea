using System.Data;
using System.Reflection;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Carries the settings of a table's DefaultView (the view data binding and <c>$table.DefaultView</c> use) to the
    /// copy's: its sort, row filter, row-state filter, default sort and whether it allows adding, editing and deleting.
    /// They are plain values, and the framework's Clone leaves them behind. The view's event subscribers are not carried,
    /// like a table's. The source's default view is read from its field: reading the property would create one in the source.
    /// </summary>
    internal static class DefaultViewCopier
    {
        private static readonly FieldInfo? DefaultViewField =
            DataFieldNames.Find(typeof(DataTable), "_defaultView");

        /// <summary>Applies <paramref name="source"/>'s default-view settings to <paramref name="copy"/>, once its rows are in.</summary>
        public static void Copy(DataTable source, DataTable copy)
        {
            if (!(DefaultViewField?.GetValue(source) is DataView view) || IsUntouched(view))
            {
                return;
            }

            var twin = copy.DefaultView;
            twin.AllowNew = view.AllowNew;
            twin.AllowEdit = view.AllowEdit;
            twin.AllowDelete = view.AllowDelete;
            twin.ApplyDefaultSort = view.ApplyDefaultSort;
            twin.Sort = view.Sort;
            twin.RowFilter = view.RowFilter;
            twin.RowStateFilter = view.RowStateFilter;
        }

        // A view with the settings a new one has: the copy's own default view, made when first asked for, is the same.
        private static bool IsUntouched(DataView view) =>
            view.AllowNew && view.AllowEdit && view.AllowDelete && !view.ApplyDefaultSort &&
            string.IsNullOrEmpty(view.Sort) && string.IsNullOrEmpty(view.RowFilter) && view.RowStateFilter == DataViewRowState.CurrentRows;
    }
}
