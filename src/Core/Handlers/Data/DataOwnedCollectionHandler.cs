using System;
using System.Data;
using System.Reflection;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a collection a table or set owns (a table's Rows, Columns, Constraints, ParentRelations and ChildRelations,
    /// a set's Tables and Relations) as the same collection of the owner's copy. Code that kept <c>$table.Columns</c>
    /// writes through it to its table; a collection of its own beside the copied table would hold lists the table never
    /// reads. The collections have no public owner, so it is read from the private field each keeps it in (under .NET's
    /// name or the .NET Framework's, DataFieldNames); where this runtime names it otherwise still, the collection has no handler and is copied field by field, as before.
    /// </summary>
    internal sealed class DataOwnedCollectionHandler : WholeCopyHandler
    {
        private readonly FieldInfo _owner;
        private readonly Func<object, object, object?> _pick;

        private DataOwnedCollectionHandler(Type type, FieldInfo owner, Func<object, object, object?> pick)
            : base(type)
        {
            _owner = owner;
            _pick = pick;
        }

        /// <summary>The handler for <paramref name="type"/> if it is one of the owned collections, else null.</summary>
        public static DataOwnedCollectionHandler? TryCreate(Type type)
        {
            if (type == typeof(DataRowCollection))
            {
                return OwnedBy<DataTable>(type, "_table", (table, _) => table.Rows);
            }

            if (type == typeof(DataColumnCollection))
            {
                return OwnedBy<DataTable>(type, "_table", (table, _) => table.Columns);
            }

            if (type == typeof(ConstraintCollection))
            {
                return OwnedBy<DataTable>(type, "_table", (table, _) => table.Constraints);
            }

            if (type == typeof(DataTableCollection))
            {
                return OwnedBy<DataSet>(type, "_dataSet", (set, _) => set.Tables);
            }

            if (type.DeclaringType != typeof(DataRelationCollection))
            {
                return null;
            }

            if (type.Name == "DataSetRelationCollection")
            {
                return OwnedBy<DataSet>(type, "_dataSet", (set, _) => set.Relations);
            }

            // A table has two: the relations it is the child of (its ParentRelations) and those it is the parent of.
            var isParents = type.Name == "DataTableRelationCollection" ? DataFieldNames.Find(type, "_fParentCollection") : null;
            return isParents is null || isParents.FieldType != typeof(bool)
                ? null
                : OwnedBy<DataTable>(type, "_table", (table, source) => (bool)isParents.GetValue(source)! ? table.ParentRelations : table.ChildRelations);
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var owner = _owner.GetValue(source);
            var member = owner is DataSet ? "DataSet" : "Table";
            return SchemaTwin.Find(
                source, owner, member, "it is a collection of a table or DataSet that no longer has one", context,
                (object ownerCopy) => _pick(ownerCopy, source))!;
        }

        private static DataOwnedCollectionHandler? OwnedBy<TOwner>(Type type, string ownerField, Func<TOwner, object, object?> pick)
            where TOwner : class
        {
            var owner = DataFieldNames.Find(type, ownerField);
            return owner is null || owner.FieldType != typeof(TOwner)
                ? null
                : new DataOwnedCollectionHandler(type, owner, (ownerCopy, source) => pick((TOwner)ownerCopy, source));
        }
    }
}
