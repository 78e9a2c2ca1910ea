#Requires -Version 7.2
# The .nupkg as users receive it: its contents, then Install-PSResource from a local repository and a copy made in a
# fresh pwsh. build.ps1 -Task Test packs the module first and sets DEEPCOPY_PACKAGE_PATH; without that package the
# test packs the staged module itself, with the same script (build/Publish-ModulePackage.ps1).
#
# Nothing here touches the real user's modules or repository list: every PSResourceGet call runs in a child pwsh whose
# HOME is a throw-away folder (Get-SandboxEnvironment), so "-Scope CurrentUser" means that folder. Windows keeps these
# folders outside the environment's reach, so there the module is saved (Save-PSResource) into the sandbox instead.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    . (Join-Path $PSScriptRoot 'Support/FreshPwsh.ps1')
    Add-Type -AssemblyName System.IO.Compression.FileSystem

    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }
    $script:ModuleDir = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    $script:Manifest = Import-PowerShellDataFile -LiteralPath (Join-Path $ModuleDir 'DeepCopy.psd1')
    $script:Version = $Manifest.ModuleVersion

    $script:Sandbox = Join-Path ([IO.Path]::GetTempPath()) "deepcopy-package-test-$([guid]::NewGuid().ToString('N'))"
    $script:Feed = Join-Path $Sandbox 'feed'
    $null = New-Item -ItemType Directory -Path $Feed -Force
    $script:SandboxEnvironment = Get-SandboxEnvironment (Join-Path $Sandbox 'home')
    $SandboxEnvironment['DEEPCOPY_FEED'] = $Feed
    $SandboxEnvironment['DEEPCOPY_SAVE_PATH'] = Join-Path $Sandbox 'saved'
    $script:Repository = "DeepCopyTest-$([guid]::NewGuid().ToString('N'))"
    $SandboxEnvironment['DEEPCOPY_REPOSITORY'] = $Repository

    # The package build.ps1 made, or one made here from the staged module.
    $packageName = "DeepCopy.$Version.nupkg"
    $built = if ($env:DEEPCOPY_PACKAGE_PATH) { Join-Path $env:DEEPCOPY_PACKAGE_PATH $packageName }
    if (-not $built -or -not (Test-Path -LiteralPath $built)) {
        $packed = Join-Path $Sandbox 'packed'
        $run = Invoke-FreshPwsh -File (Join-Path $PSScriptRoot '../../build/Publish-ModulePackage.ps1') `
            -ArgumentList '-ModulePath', $ModuleDir, '-OutputPath', $packed, '-WorkPath', (Join-Path $Sandbox 'pack') `
            -Environment $SandboxEnvironment
        if ($run.ExitCode -ne 0) { throw "Packing the staged module failed: $(Format-ChildFailure $run)" }
        $built = Join-Path $packed $packageName
    }
    # The feed gets its own copy, so nothing PSResourceGet does can change out/packages.
    Copy-Item -LiteralPath $built -Destination $Feed
    $script:PackagePath = Join-Path $Feed $packageName

    # Install as a user would. The result says where the module went; every later step runs in the same sandbox.
    $script:Install = Invoke-FreshPwsh -Environment $SandboxEnvironment -Script @'
Register-PSResourceRepository -Name $env:DEEPCOPY_REPOSITORY -Uri $env:DEEPCOPY_FEED -Trusted
try {
    if ($IsWindows) {
        $null = New-Item -ItemType Directory -Path $env:DEEPCOPY_SAVE_PATH -Force
        $resource = Save-PSResource -Name DeepCopy -Repository $env:DEEPCOPY_REPOSITORY -TrustRepository -Path $env:DEEPCOPY_SAVE_PATH -PassThru
    }
    else {
        $resource = Install-PSResource -Name DeepCopy -Repository $env:DEEPCOPY_REPOSITORY -TrustRepository -Scope CurrentUser -PassThru
    }
}
finally {
    if ($IsWindows) { Unregister-PSResourceRepository -Name $env:DEEPCOPY_REPOSITORY }
}
Write-TestResult @{
    Name              = $resource.Name
    Version           = "$($resource.Version)"
    InstalledLocation = $resource.InstalledLocation
    UserModulePath    = @($env:PSModulePath -split [IO.Path]::PathSeparator)[0]
}
'@

    # The session a user opens after installing: on Windows, the saved folder stands in for the module path.
    $script:UserEnvironment = $SandboxEnvironment.Clone()
    if ($IsWindows) { $UserEnvironment['PSModulePath'] = "$($SandboxEnvironment.DEEPCOPY_SAVE_PATH);$env:PSModulePath" }

    function Get-PackageEntries {
        $zip = [System.IO.Compression.ZipFile]::OpenRead($PackagePath)
        try { return @($zip.Entries | ForEach-Object { [uri]::UnescapeDataString($_.FullName) }) }
        finally { $zip.Dispose() }
    }

    function Get-Nuspec {
        $zip = [System.IO.Compression.ZipFile]::OpenRead($PackagePath)
        try {
            $entry = $zip.GetEntry('DeepCopy.nuspec')
            if (-not $entry) { throw 'The package has no DeepCopy.nuspec at its root.' }
            $reader = [IO.StreamReader]::new($entry.Open())
            try { return [xml] $reader.ReadToEnd() }
            finally { $reader.Dispose() }
        }
        finally { $zip.Dispose() }
    }
}

AfterAll {
    if ($script:Install -and $Install.ExitCode -eq 0 -and -not $IsWindows) {
        # Uninstalling goes through PSResourceGet too, in the same sandbox, as a user would remove the module.
        $run = Invoke-FreshPwsh -Environment $SandboxEnvironment -Script @'
Uninstall-PSResource -Name DeepCopy -Scope CurrentUser
Unregister-PSResourceRepository -Name $env:DEEPCOPY_REPOSITORY
Write-TestResult @{ Left = @(Get-InstalledPSResource -Name DeepCopy -Scope CurrentUser -ErrorAction Ignore).Count }
'@
        if ($run.ExitCode -ne 0 -or $run.Result.Left -ne 0) { throw "Uninstall-PSResource failed: $(Format-ChildFailure $run)" }
    }
    if ($script:Sandbox) { Remove-Item -LiteralPath $Sandbox -Recurse -Force -ErrorAction Ignore }
}

Describe 'The DeepCopy package' {
    Context 'its contents' {
        It 'is named DeepCopy.{ModuleVersion}.nupkg' {
            Should-Be -Expected "DeepCopy.$Version.nupkg" -Actual (Split-Path -Leaf $PackagePath)
        }

        It 'holds exactly the staged module files, at its root' {
            $packaging = '^(_rels/|package/|\[Content_Types\]\.xml$|DeepCopy\.nuspec$)'
            $inPackage = @(Get-PackageEntries | Where-Object { $_ -notmatch $packaging } | Sort-Object)
            $staged = @(Get-ChildItem -LiteralPath $ModuleDir -Recurse -File |
                ForEach-Object { [IO.Path]::GetRelativePath($ModuleDir, $_.FullName).Replace('\', '/') } | Sort-Object)
            Should-BeInOrder -Expected $staged -Actual $inPackage
            foreach ($required in 'DeepCopy.psd1', 'DeepCopy.dll', 'DeepCopy.Core.dll', 'LICENSE') {
                Should-ContainCollection -Expected $required -Actual $inPackage
            }
        }

        It 'carries the help (en-US) when the staged module has it' {
            $help = @(Get-ChildItem -LiteralPath (Join-Path $ModuleDir 'en-US') -File -ErrorAction Ignore)
            $entries = Get-PackageEntries
            foreach ($file in $help) { Should-ContainCollection -Expected "en-US/$($file.Name)" -Actual $entries }
        }

        It 'has a nuspec made from the manifest: id, version, authors, description, licence, release notes' {
            $metadata = (Get-Nuspec).package.metadata
            Should-Be -Expected 'DeepCopy' -Actual $metadata.id
            Should-Be -Expected $Version -Actual $metadata.version
            Should-Be -Expected $Manifest.Author -Actual $metadata.authors
            Should-Be -Expected $Manifest.Description -Actual $metadata.description
            Should-Be -Expected $Manifest.PrivateData.PSData.LicenseUri -Actual $metadata.licenseUrl
            Should-Be -Expected ($Manifest.PrivateData.PSData.ReleaseNotes -replace '\r', '').Trim() -Actual ($metadata.releaseNotes -replace '\r', '').Trim()
        }

        It 'tags the package PSModule, plus every tag in PSData' {
            $tags = @((Get-Nuspec).package.metadata.tags -split '\s+' | Where-Object { $_ })
            Should-ContainCollection -Expected 'PSModule' -Actual $tags
            foreach ($tag in $Manifest.PrivateData.PSData.Tags) { Should-ContainCollection -Expected $tag -Actual $tags }
            foreach ($tag in 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS') {
                Should-ContainCollection -Expected $tag -Actual $tags
            }
        }
    }

    Context 'installed with PSResourceGet from a local repository' {
        It 'installs DeepCopy at the manifest version' {
            Should-Be -Expected 0 -Actual $Install.ExitCode -Because (Format-ChildFailure $Install)
            Should-Be -Expected 'DeepCopy' -Actual $Install.Result.Name
            Should-Be -Expected $Version -Actual $Install.Result.Version
        }

        It 'installs into the sandbox, never into the real user module folder' {
            $location = [IO.Path]::GetFullPath($Install.Result.InstalledLocation)
            Should-BeTrue -Actual $location.StartsWith([IO.Path]::GetFullPath($Sandbox), [StringComparison]::Ordinal) `
                -Because "the module went to $location"
        }

        It 'imports by name in a fresh pwsh -NoProfile and makes an independent deep copy of a nested hashtable' {
            $run = Invoke-FreshPwsh -Environment $UserEnvironment -Script @'
$module = Import-Module DeepCopy -PassThru
$source = @{ name = 'config'; server = @{ host = 'a'; ports = [System.Collections.Generic.List[int]]@(80, 443) } }
$copy = Copy-DeepObject $source
$copy.server.host = 'b'
$copy.server.ports.Add(8080)
Write-TestResult @{
    ModuleBase   = $module.ModuleBase
    Version      = "$($module.Version)"
    SourceHost   = $source.server.host
    SourcePorts  = $source.server.ports.Count
    CopyHost     = $copy.server.host
    CopyPorts    = $copy.server.ports.Count
    CopyType     = $copy.GetType().FullName
    PortsType    = $copy.server.ports.GetType().ToString()
    SameInner    = [object]::ReferenceEquals($source.server, $copy.server)
    CaseInsensitive = $copy.ContainsKey('NAME')
}
'@
            Should-Be -Expected 0 -Actual $run.ExitCode -Because (Format-ChildFailure $run)
            $result = $run.Result
            Should-BeTrue -Actual ([IO.Path]::GetFullPath($result.ModuleBase).StartsWith([IO.Path]::GetFullPath($Sandbox), [StringComparison]::Ordinal)) `
                -Because "the imported module must be the installed one, not $($result.ModuleBase)"
            Should-Be -Expected $Version -Actual $result.Version
            Should-Be -Expected 'a' -Actual $result.SourceHost
            Should-Be -Expected 2 -Actual $result.SourcePorts
            Should-Be -Expected 'b' -Actual $result.CopyHost
            Should-Be -Expected 3 -Actual $result.CopyPorts
            Should-Be -Expected 'System.Collections.Hashtable' -Actual $result.CopyType
            Should-Be -Expected 'System.Collections.Generic.List`1[System.Int32]' -Actual $result.PortsType
            Should-BeFalse -Actual $result.SameInner
            Should-BeTrue -Actual $result.CaseInsensitive
        }
    }
}
