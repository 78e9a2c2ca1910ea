using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a <see cref="DataRelation"/> of a DataSet as the relation of the same name in the set's copy, where the
    /// set's Clone already made it. A relation not yet added to a set is refused, like a column in no table.
    /// </summary>
    internal sealed class DataRelationHandler : BuiltInHandler<DataRelation>
    {
        public override bool NeedsPopulate => false;

        protected override DataRelation CreateShell(DataRelation source, DeepCopyContext context) =>
            (DataRelation)SchemaTwin.Find(
                source, source.DataSet, "DataSet", "it is a DataRelation that belongs to no DataSet; copy the set it is added to", context,
                (DataSet set) => set.Relations[source.RelationName])!;

        protected override void Populate(DataRelation source, DataRelation shell, DeepCopyContext context)
        {
        }
    }
}
