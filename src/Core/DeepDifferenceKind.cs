namespace DeepCopy.Core
{
    /// <summary>What differs at one place of two compared graphs. The names are stable: scripts may filter on them.</summary>
    public enum DeepDifferenceKind
    {
        /// <summary>Two values of the same type differ (compared with the framework's equality), or one of them is null.</summary>
        ValueDifferent,

        /// <summary>The values are of different types (for PowerShell objects: different type names), so they are not compared further.</summary>
        TypeDifferent,

        /// <summary>Two ordered collections or arrays hold different numbers of items (or arrays have different dimensions).</summary>
        CountDifferent,

        /// <summary>A key of the reference dictionary, or an item of the reference set, is not in the difference one.</summary>
        MissingKey,

        /// <summary>A key of the difference dictionary, or an item of the difference set, is not in the reference one.</summary>
        ExtraKey,

        /// <summary>A note property of the reference PowerShell object is not on the difference one.</summary>
        MemberMissing,

        /// <summary>A note property of the difference PowerShell object is not on the reference one.</summary>
        MemberExtra,

        /// <summary>Two dictionaries or sets compare their keys differently (case-sensitive and case-insensitive, for example).</summary>
        ComparerDifferent,

        /// <summary>With <see cref="DeepCompareOptions.Independence"/>: a mutable object is reachable from both graphs.</summary>
        SharedReference,

        /// <summary>
        /// A key of the difference dictionary, or an item of the difference set, matches one of the reference but cannot
        /// be found through its own collection: it sits under a stale hash code, as in a hashed collection copied bucket
        /// by bucket around a key that hashes by identity.
        /// </summary>
        KeyUnreachable,

        /// <summary>
        /// Two collections whose order is part of their meaning (ordered dictionaries, a PSCustomObject's properties) hold
        /// the same keys or members in another order. The message names the first position that differs.
        /// </summary>
        OrderDifferent,
    }
}
