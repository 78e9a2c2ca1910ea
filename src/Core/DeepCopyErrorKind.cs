namespace DeepCopy.Core
{
    /// <summary>Why a copy failed. The names are stable: the PowerShell module turns them into FullyQualifiedErrorIds.</summary>
    public enum DeepCopyErrorKind
    {
        /// <summary>
        /// The graph holds a value that owns something that cannot be duplicated (a handle, a stream, a delegate...); with
        /// the Json strategy, also a string, key or name too long to write as JSON.
        /// </summary>
        NonCopyableType,

        /// <summary>The graph is nested deeper than <see cref="DeepCopyOptions.MaxDepth"/>.</summary>
        MaxDepthExceeded,

        /// <summary>A source collection changed while it was being copied, so the copy would not be a consistent snapshot.</summary>
        SourceChangedDuringCopy,

        /// <summary>
        /// A registered handler failed while copying a value; with the Json strategy, also a JSON shape adapter, or a
        /// property getter or enumerator of the source.
        /// </summary>
        HandlerFailed,

        /// <summary>The graph holds a cycle and the strategy cannot represent one (the Json strategy).</summary>
        CycleNotSupported,

        /// <summary>
        /// Two keys or set elements that are distinct in the source are equal in the copy, so a hashed or sorted
        /// collection (or a lookup) would hold fewer entries than its source: most often the copy dropped a field their
        /// equality or order uses (<see cref="DeepCopyIgnoreAttribute"/>, <see cref="NonCopyableAction.Null"/>, a Null type policy).
        /// </summary>
        KeyCollision,

        /// <summary>
        /// The copy passed a fixed size limit: with the Json strategy, the JSON text of the graph would be larger than
        /// the largest byte array .NET makes (about 2 GB).
        /// </summary>
        SizeLimitExceeded,

        /// <summary>
        /// With the Json strategy, an object has a member whose name the object it comes back as cannot have: in
        /// PowerShell, a PSCustomObject cannot have a member named PSAdapted, PSBase, PSExtended, PSObject or PSTypeNames
        /// (<see cref="JsonShapeAdapter.GetReservedMemberNameReason"/>).
        /// </summary>
        ReservedMemberName,
    }
}
