namespace DeepCopy.Errors
{
    /// <summary>The stable first part of every FullyQualifiedErrorId the module writes. Scripts may match on these names.</summary>
    public enum DeepCopyErrorId
    {
        /// <summary>The graph holds a value that cannot be copied (a stream, handle, delegate, runspace...).</summary>
        NonCopyableType,

        /// <summary>The graph is nested deeper than -MaxDepth.</summary>
        MaxDepthExceeded,

        /// <summary>A source collection changed while it was being copied.</summary>
        SourceChangedDuringCopy,

        /// <summary>A handler failed while copying a value (with -Strategy Json, also a property getter or enumerator).</summary>
        CopyHandlerFailed,

        /// <summary>The graph holds a cycle and the strategy cannot represent one (-Strategy Json).</summary>
        CycleNotSupported,

        /// <summary>
        /// Two keys or set elements distinct in the source are equal in the copy (a field their equality uses was dropped
        /// by [DeepCopyIgnore], -NonCopyableAction Null or a Null type policy), so the copy would lose an entry.
        /// </summary>
        KeyCollision,

        /// <summary>Measure-DeepCopy was given nothing it can measure (a null graph).</summary>
        InvalidMeasurementInput,

        /// <summary>A -TypePolicy key is not a type, a value is not a policy, or the type cannot take a policy.</summary>
        InvalidTypePolicy,

        /// <summary>Remove-DeepCopyTypePolicy was given a type that has no session policy.</summary>
        TypePolicyNotFound,

        /// <summary>Compare-DeepObject could not finish (a collection changed or threw while it was read).</summary>
        CompareFailed,

        /// <summary>
        /// Import-Module on Windows PowerShell found a .NET Framework older than 4.7.2. Written by DeepCopy.Requirements.psm1
        /// before these assemblies load, so that script spells the name out; a Pester test holds the two together.
        /// </summary>
        DotNetFrameworkTooOld,

        /// <summary>The copy passed a fixed size limit (-Strategy Json: the graph's JSON text would pass 2 GB).</summary>
        SizeLimitExceeded,

        /// <summary>
        /// A wrapper has members of its own around a value the copy shares and cannot make again (a command or module
        /// object, a Type...): PowerShell keeps those members under the shared value, so the copy would share them.
        /// </summary>
        MembersOnSharedValue,

        /// <summary>
        /// -Strategy Json: an object has a member that a PSCustomObject cannot have (PSAdapted, PSBase, PSExtended,
        /// PSObject or PSTypeNames, in any case), such as a property of a class or a column of a DataTable.
        /// </summary>
        ReservedMemberName,
    }
}
