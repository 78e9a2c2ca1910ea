namespace DeepCopy.Tests.Support;

/// <summary>How the test helpers compare and walk a value, by its runtime type.</summary>
internal enum NodeKind
{
    /// <summary>Immutable, or shared by contract (Type, comparers, ScriptBlock): compared with Equals, never walked into.</summary>
    Leaf,

    /// <summary>A struct whose fields are all immutable: compared field by field, and it has no identity.</summary>
    ImmutableStruct,

    /// <summary>State sealed away behind an API (SecureString): compared through what the API shows.</summary>
    Opaque,

    /// <summary>An array of any rank and bounds.</summary>
    Array,

    /// <summary>A framework <see cref="System.Collections.IDictionary"/>: compared by key lookup.</summary>
    Dictionary,

    /// <summary>A framework set: compared by count and membership.</summary>
    Set,

    /// <summary>Any other framework collection: compared in enumeration order.</summary>
    Sequence,

    /// <summary>
    /// A PowerShell <see cref="System.Management.Automation.PSObject"/>: compared by its base object, its own members
    /// and its type names, never by raw fields (they lead into PowerShell's process-wide adapter caches).
    /// </summary>
    PSObject,

    /// <summary>Everything else: compared by all its instance fields.</summary>
    Object,
}
