@{
    RootModule           = 'DeepCopy.dll'
    # The version's single source is VersionPrefix in Directory.Build.props; build.ps1 stamps it into the staged copy.
    ModuleVersion        = '0.1.0'
    GUID                 = '1e9a820e-6540-4942-80cd-2a0387d15eed'
    Author               = 'DeepCopy contributors'
    CompanyName          = 'DeepCopy'
    Copyright            = '(c) DeepCopy contributors. MIT License.'
    Description          = 'Fast, exact deep copies of PowerShell and .NET object graphs: hashtables, ordered dictionaries, arrays, PSCustomObjects and arbitrary .NET objects, with shared references, cycles, comparers and PSObject members preserved.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    # Windows PowerShell 5.1 only: the netstandard2.0 assemblies need the netstandard.dll that .NET Framework 4.7.2 has built in.
    # 5.1 does not enforce a version above 4.5, so DeepCopy.Requirements.psm1 checks it; the key states the intent.
    DotNetFrameworkVersion = '4.7.2'
    RequiredAssemblies   = @('DeepCopy.Core.dll')
    # Imported before the root module's cmdlets: on Windows PowerShell, stops the import with a clear reason below .NET Framework 4.7.2.
    NestedModules        = @('DeepCopy.Requirements.psm1')
    # Views for the module's own output types only (DeepCopy.*); Copy-DeepObject's copies keep PowerShell's formatting.
    FormatsToProcess     = @('DeepCopy.Format.ps1xml')
    CmdletsToExport      = @('Copy-DeepObject', 'Measure-DeepCopy', 'Compare-DeepObject', 'Get-DeepCopyTypePolicy', 'Remove-DeepCopyTypePolicy', 'Set-DeepCopyTypePolicy')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('DeepCopy', 'Clone', 'Copy', 'Hashtable', 'PSCustomObject', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ReleaseNotes = @'
First release.
- Copy-DeepObject: exact deep copies that keep types, comparers, key order, shared references, cycles and PSObject members and type names; the source is never changed and no getter, constructor or ToString of its types runs.
- Strategies: Auto (the default), Reflection, Compiled and Pooled, all following one per-type plan; Json, a lossy System.Text.Json round trip into PowerShell's own shapes.
- -NonCopyableAction (Throw, Reference, Null) for streams, handles, delegates and live sessions; -MaxDepth; deep graphs (a million levels) never overflow the stack.
- Type policies per call (-TypePolicy) or per session (Set-DeepCopyTypePolicy, Get-DeepCopyTypePolicy, Remove-DeepCopyTypePolicy): Copy, Share, Null, Throw, Clone or a script block of your own.
- Compare-DeepObject: structural differences between two graphs, with paths, and -Independence to check that a copy shares nothing mutable with its source.
- Measure-DeepCopy: time, bytes and objects per copy, GC collections and pause time, and pool hit rate for each strategy, beside the PSSerializer and ConvertTo-Json round trips.
- Stable FullyQualifiedErrorIds: NonCopyableType, MaxDepthExceeded, SourceChangedDuringCopy, KeyCollision, CopyHandlerFailed, MembersOnSharedValue, CycleNotSupported, SizeLimitExceeded, ReservedMemberName, InvalidTypePolicy, TypePolicyNotFound, InvalidMeasurementInput, CompareFailed, DotNetFrameworkTooOld.
- Help: Get-Help Copy-DeepObject -Full and Get-Help about_DeepCopy.
'@
        }
    }
}
