using System;
using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a table's <see cref="UniqueConstraint"/> or <see cref="ForeignKeyConstraint"/> as the constraint of the
    /// same name in the table's copy, where the table's Clone already made it. A constraint in no table is refused.
    /// </summary>
    internal sealed class DataConstraintHandler : DeepCopyHandler
    {
        public override bool NeedsPopulate => false;

        public override bool CanHandle(Type type) => type == typeof(UniqueConstraint) || type == typeof(ForeignKeyConstraint);

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var constraint = (Constraint)source;
            return SchemaTwin.Find(
                source, constraint.Table, "Table", "it is a constraint that belongs to no table; copy the table it is added to", context,
                (DataTable table) => table.Constraints[constraint.ConstraintName])!;
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
        }
    }
}
