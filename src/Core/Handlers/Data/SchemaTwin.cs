using System;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Resolves a schema object reached on its own (a column, relation or constraint) to its twin in the copy of what
    /// owns it, which the owner's Clone already made. One rule for all three: no owner, refused; owner dropped by a
    /// policy, dropped too; owner shared, shared too; otherwise the twin the caller picks in the copy.
    /// </summary>
    internal static class SchemaTwin
    {
        public static object? Find<TOwner>(
            object source, TOwner? owner, string ownerMember, string ownerlessReason, DeepCopyContext context, Func<TOwner, object?> find)
            where TOwner : class
        {
            if (owner is null)
            {
                context.ReportNonCopyable(source, ownerlessReason);
            }

            var ownerCopy = context.CopyMember(owner, ownerMember) as TOwner;
            if (ownerCopy is null)
            {
                return null;
            }

            return ReferenceEquals(ownerCopy, owner) ? source : find(ownerCopy);
        }
    }
}
