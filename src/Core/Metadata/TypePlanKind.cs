namespace DeepCopy.Core.Metadata
{
    /// <summary>How values of one type are copied. Chosen once per type by <see cref="TypePlanBuilder"/>.</summary>
    internal enum TypePlanKind
    {
        /// <summary>Returned as is: the value cannot change, or is shared by contract.</summary>
        Immutable,

        /// <summary>Refused, replaced by null or shared, as <see cref="NonCopyableAction"/> says.</summary>
        NonCopyable,

        /// <summary>An array; element type, rank and bounds are kept.</summary>
        Array,

        /// <summary>A handler (registered or built-in) rebuilds the value.</summary>
        Handler,

        /// <summary>A shallow clone, then each field that needs deep work is rewritten.</summary>
        FieldWalk,
    }
}
