using System;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Handlers
{
    /// <summary>What the declared type of a slot (an element type, a column's type) says about the values it can hold.</summary>
    internal static class SlotTypes
    {
        /// <summary>True when every value a slot of <paramref name="declared"/> type can hold is immutable, so it can be taken as is.</summary>
        public static bool AlwaysImmutable(Type declared) =>
            declared.IsValueType
                ? TypePlanCache.Get(declared).Kind == TypePlanKind.Immutable
                : TypeClassifier.IsImmutableReferenceType(declared);

        /// <summary>
        /// As <see cref="AlwaysImmutable"/>, for a slot that stores a struct boxed (a DataColumn of a struct type of the
        /// user's keeps the boxes it is given): true only when the boxes can be shared too (<see cref="TypePlan.CopiesBox"/>).
        /// </summary>
        public static bool AlwaysTakenAsIs(Type declared) =>
            declared.IsValueType
                ? TypePlanCache.Get(declared).TakenAsIs
                : TypeClassifier.IsImmutableReferenceType(declared);
    }
}
