using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a <see cref="DataRelation"/> of a DataSet as the relation of the same name in the set's copy, where the
    /// set's Clone already made it. A relation not yet added to a set is refused, like a column in no table.
    /// </summary>
    internal sealed class DataRelationHandler : WholeCopyHandler
    {
        public DataRelationHandler()
            : base(typeof(DataRelation))
        {
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var relation = (DataRelation)source;
            return SchemaTwin.Find(
                relation, relation.DataSet, "DataSet", "it is a DataRelation that belongs to no DataSet; copy the set it is added to", context,
                (DataSet set) => set.Relations[relation.RelationName])!;
        }
    }
}
