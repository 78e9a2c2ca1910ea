#Requires -Version 7.2
<#
.SYNOPSIS
    Packs a staged module folder into the .nupkg that the PowerShell Gallery would receive.
.DESCRIPTION
    Publishes -ModulePath with PSResourceGet's Publish-PSResource to a local file repository that exists only for
    this run, then moves the package it wrote to -OutputPath. Publish-PSResource validates the manifest, writes the
    nuspec from it (id, version, authors, description, release notes, licence URI, tags plus 'PSModule') and puts the
    module's files at the root of the package, which is the layout Install-PSResource and Save-PSResource expect.
    Nothing leaves the machine.

    PSResourceGet records registered repositories under the user's profile. Run this script in a child pwsh whose
    HOME is a throw-away folder (build.ps1 and tests/Pester/Package.Tests.ps1 do), so the temporary repository never
    touches the real list; it is unregistered at the end in any case.

    Exit codes: 0 on success, 1 on failure.
.EXAMPLE
    pwsh -NoProfile -File build/Publish-ModulePackage.ps1 -ModulePath out/DeepCopy -OutputPath out/packages -WorkPath /tmp/x
#>
[CmdletBinding()]
param(
    # The staged module folder; its name must be the module's name (DeepCopy).
    [Parameter(Mandatory)] [string] $ModulePath,

    # Where the .nupkg goes. Created when missing.
    [Parameter(Mandatory)] [string] $OutputPath,

    # An empty scratch folder for the temporary repository. The caller deletes it.
    [Parameter(Mandatory)] [string] $WorkPath
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

try {
    if (-not (Get-Module -ListAvailable -Name Microsoft.PowerShell.PSResourceGet)) {
        throw 'Packing needs the Microsoft.PowerShell.PSResourceGet module, which ships with PowerShell 7.4 and later.'
    }
    Import-Module Microsoft.PowerShell.PSResourceGet

    $modulePath = (Resolve-Path -LiteralPath $ModulePath).Path
    $OutputPath = [IO.Path]::GetFullPath($OutputPath, $PWD.Path)
    $WorkPath = [IO.Path]::GetFullPath($WorkPath, $PWD.Path)
    # Whatever a tool writes relative to the working directory lands in the scratch folder, not in the repository.
    $null = New-Item -ItemType Directory -Path $WorkPath -Force
    Set-Location -LiteralPath $WorkPath
    $feed = Join-Path $WorkPath 'feed'
    $null = New-Item -ItemType Directory -Path $feed -Force
    $null = New-Item -ItemType Directory -Path $OutputPath -Force

    $repository = "DeepCopyPack-$([guid]::NewGuid().ToString('N'))"
    Register-PSResourceRepository -Name $repository -Uri $feed -Trusted
    try {
        Publish-PSResource -Path $modulePath -Repository $repository
    }
    finally {
        Unregister-PSResourceRepository -Name $repository -ErrorAction Continue
    }

    $packages = @(Get-ChildItem -LiteralPath $feed -Filter '*.nupkg' -File)
    if ($packages.Count -ne 1) {
        throw "Publish-PSResource wrote $($packages.Count) packages to the temporary repository; expected exactly one."
    }
    Move-Item -LiteralPath $packages[0].FullName -Destination $OutputPath -Force
    Write-Host "    packed $($packages[0].Name)"
    exit 0
}
catch {
    Write-Host "Packing failed: $_" -ForegroundColor Red
    Write-Host $_.ScriptStackTrace
    exit 1
}
