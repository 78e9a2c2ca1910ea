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
            var table = constraint.Table;
            if (table is null)
            {
                context.ReportNonCopyable(source, "it is a constraint that belongs to no table; copy the table it is added to");
            }

            var tableCopy = context.CopyMember(table, "Table") as DataTable;
            if (tableCopy is null)
            {
                return null!;
            }

            return ReferenceEquals(tableCopy, table) ? source : tableCopy.Constraints[constraint.ConstraintName]!;
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
        }
    }
}
