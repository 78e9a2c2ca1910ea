#Requires -Version 7.2
# The staged module (out/DeepCopy) as a user receives it. build.ps1 -Task Test builds and stages it, then
# runs these tests in a child pwsh with DEEPCOPY_MODULE_PATH pointing at the staged folder.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }
    $script:ModuleDir = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    $script:ManifestPath = Join-Path $ModuleDir 'DeepCopy.psd1'
    $script:Manifest = Import-PowerShellDataFile -LiteralPath $ManifestPath
    $script:Module = Import-Module $ModuleDir -Force -PassThru
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'The staged DeepCopy module' {
    It 'loads from the staged folder' {
        Should-Be -Expected 'DeepCopy' -Actual $Module.Name
        Should-Be -Expected $ModuleDir -Actual $Module.ModuleBase
    }

    It 'exports exactly the cmdlets in CmdletsToExport, and nothing else' {
        $expected = @($Manifest.CmdletsToExport | Sort-Object)
        Should-BeInOrder -Expected $expected -Actual @($Module.ExportedCmdlets.Keys | Sort-Object)
        Should-BeInOrder -Expected $expected -Actual @($Module.ExportedCommands.Keys | Sort-Object)
        Should-BeCollection -Count 0 -Actual @($Module.ExportedVariables.Keys)
    }

    It 'lists every cmdlet that DeepCopy.dll defines in CmdletsToExport' {
        # A new cmdlet that is missing from the manifest would be silently hidden from users.
        $assembly = [AppDomain]::CurrentDomain.GetAssemblies() |
            Where-Object { $_.GetName().Name -eq 'DeepCopy' -and $_.Location -like "$ModuleDir*" }
        $defined = foreach ($type in $assembly.GetExportedTypes()) {
            $attribute = [Attribute]::GetCustomAttribute($type, [System.Management.Automation.CmdletAttribute])
            if ($attribute) { "$($attribute.VerbName)-$($attribute.NounName)" }
        }
        Should-BeInOrder -Expected @($Manifest.CmdletsToExport | Sort-Object) -Actual @($defined | Sort-Object)
    }

    It 'has a manifest that passes Test-ModuleManifest' {
        $tested = Test-ModuleManifest -Path $ManifestPath -ErrorAction Stop
        Should-Be -Expected 'DeepCopy' -Actual $tested.Name
    }

    It 'does not ship System.Management.Automation.dll' {
        $found = @(Get-ChildItem -LiteralPath $ModuleDir -Recurse -Filter 'System.Management.Automation*.dll')
        Should-BeCollection -Count 0 -Actual $found
    }

    It 'has the version of VersionPrefix in Directory.Build.props' {
        $props = [xml] (Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../Directory.Build.props') -Raw)
        $versionPrefix = $props.SelectSingleNode('//*[local-name()="VersionPrefix"]').InnerText.Trim()
        Should-Be -Expected $versionPrefix -Actual $Manifest.ModuleVersion
        Should-Be -Expected ([version] $versionPrefix) -Actual $Module.Version
    }
}
