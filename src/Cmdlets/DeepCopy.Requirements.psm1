# Windows PowerShell 5.1 does not enforce the manifest's DotNetFrameworkVersion = '4.7.2': it knows no version above 4.5
# and imports anyway, so on .NET Framework 4.6.x the module's .NET Standard 2.0 assemblies would fail with a missing
# netstandard.dll. This check gives the reason instead. The manifest lists it as a nested module: PowerShell runs it
# before it imports the root module's cmdlets, in the module's own scope (ScriptsToProcess would run in the caller's
# scope and stay listed by Get-Module after Remove-Module). It is a .psm1 because a session in ConstrainedLanguage mode
# (AppLocker, WDAC) refuses to import a .ps1 as a module, which would stop the whole import. On PowerShell 7 it only
# compares the edition.

function Assert-DeepCopyFramework {
    <#
    .SYNOPSIS
        Throws when Windows PowerShell runs on a .NET Framework older than 4.7.2 (registry Release 461808).
        An unknown release (null) passes: the check exists to explain a failure, not to guess one.
    #>
    param(
        [Parameter(Mandatory)] [string] $Edition,
        [Nullable[int]] $Release
    )

    if ($Edition -ne 'Desktop' -or $null -eq $Release -or $Release -ge 461808) {
        return
    }

    $message = "DeepCopy needs .NET Framework 4.7.2 or later on Windows PowerShell 5.1: its assemblies are built for .NET Standard 2.0, " +
        "which .NET Framework supports from 4.7.2. This computer has an older .NET Framework (release $Release). " +
        'Install .NET Framework 4.8, or use PowerShell 7.'
    # Write-Error, not [ErrorRecord]::new(): ConstrainedLanguage (the sessions this file is a .psm1 for) refuses to
    # create those types, and would stop the import with CannotCreateTypeConstrainedLanguage instead of this reason.
    # The id comes out as 'DotNetFrameworkTooOld,Assert-DeepCopyFramework' in every language mode.
    Write-Error -Message $message -ErrorId DotNetFrameworkTooOld -Category NotInstalled -TargetObject $Release -ErrorAction Stop
}

if ($PSVersionTable.PSEdition -eq 'Desktop') {
    Assert-DeepCopyFramework -Edition Desktop -Release (
        Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' -Name Release -ErrorAction Ignore).Release
}
