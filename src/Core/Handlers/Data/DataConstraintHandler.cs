using System;
using System.Data;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Copies a table's <see cref="UniqueConstraint"/> or <see cref="ForeignKeyConstraint"/> as the constraint of the
    /// same name in the table's copy, where the table's Clone already made it. A constraint in no table is refused.
    /// </summary>
    internal sealed class DataConstraintHandler : WholeCopyHandler
    {
        /// <param name="constraintType">UniqueConstraint or ForeignKeyConstraint: one handler for each.</param>
        public DataConstraintHandler(Type constraintType)
            : base(constraintType)
        {
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var constraint = (Constraint)source;
            return SchemaTwin.Find(
                source, constraint.Table, "Table", "it is a constraint that belongs to no table; copy the table it is added to", context,
                (DataTable table) => table.Constraints[constraint.ConstraintName])!;
        }
    }
}
