#Requires -Version 7.2
# Copy-DeepObject is a drop-in for the object it copies: it writes the copy itself (no wrapper, no type name added),
# importing the module changes no formatting of PowerShell's own types, and its parameter values tab-complete.

BeforeDiscovery {
    $formatFiles = @(Get-ChildItem -LiteralPath ([string] $env:DEEPCOPY_MODULE_PATH) -Filter '*.Format.ps1xml' -File -ErrorAction Ignore)
    $script:NoFormatFile = $formatFiles.Count -eq 0
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    . (Join-Path $PSScriptRoot 'Support/FreshPwsh.ps1')
    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }
    $script:ModuleDir = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    Import-Module $ModuleDir -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copy-DeepObject writes the copy itself' {
    It 'returns a <Expected> for a <Expected>' -ForEach @(
        @{ Expected = 'System.Collections.Hashtable'; Source = { @{ a = 1 } } }
        @{ Expected = 'System.Collections.Specialized.OrderedDictionary'; Source = { [ordered]@{ a = 1 } } }
        @{ Expected = 'System.Management.Automation.PSCustomObject'; Source = { [pscustomobject]@{ a = 1 } } }
        @{ Expected = 'System.Object[]'; Source = { , @(1, @{ b = 2 }) } }
        @{ Expected = 'System.Collections.Generic.List`1[System.String]'; Source = { , [System.Collections.Generic.List[string]]@('x') } }
        @{ Expected = 'System.String'; Source = { 'text' } }
    ) {
        $source = & $Source
        $copy = Copy-DeepObject -InputObject $source
        Should-Be -Expected $Expected -Actual $copy.GetType().ToString()
    }

    It 'returns a Hashtable for (Copy-DeepObject @{a=1}), with the same type names as the source' {
        $source = @{ a = 1 }
        $copy = Copy-DeepObject $source
        Should-Be -Expected ([hashtable]) -Actual $copy.GetType()
        # Formatting picks a view by these names: unchanged names mean unchanged formatting.
        Should-BeInOrder -Expected @($source.PSObject.TypeNames) -Actual @($copy.PSObject.TypeNames)
    }

    It 'keeps a PSCustomObject''s own type names, and adds none' {
        $source = [pscustomobject]@{ a = 1 }
        $source.PSObject.TypeNames.Insert(0, 'Contoso.Item')
        $copy = Copy-DeepObject $source
        Should-BeInOrder -Expected @($source.PSObject.TypeNames) -Actual @($copy.PSObject.TypeNames)
    }

    It 'writes one object for an array given to -InputObject, and one per item for piped input' {
        $items = @(@{ a = 1 }, @{ a = 2 }, @{ a = 3 })
        $written = 0
        Copy-DeepObject -InputObject $items | ForEach-Object { $written++ }
        Should-Be -Expected 1 -Actual $written
        $written = 0
        $items | Copy-DeepObject | ForEach-Object { $written++ }
        Should-Be -Expected 3 -Actual $written
    }

    It 'formats a copy exactly as it formats the source' {
        $source = [pscustomobject]@{ Name = 'web'; Ports = @(80, 443); Nested = @{ a = 1 } }
        Should-Be -Expected ($source | Format-Table | Out-String) -Actual (Copy-DeepObject $source | Format-Table | Out-String)
        Should-Be -Expected ($source | Format-List | Out-String) -Actual (Copy-DeepObject $source | Format-List | Out-String)
    }
}

Describe 'Importing DeepCopy leaves PowerShell''s formatting alone' {
    It 'adds format data only for DeepCopy.* types, and changes none of PowerShell''s own' {
        $run = Invoke-FreshPwsh -Script @'
function Get-FormatSnapshot {
    $snapshot = @{}
    foreach ($definition in Get-FormatData -PowerShellVersion $PSVersionTable.PSVersion) {
        $views = @($definition.FormatViewDefinition | ForEach-Object { "$($_.Name):$($_.Control.GetType().Name)" }) -join ','
        $snapshot[$definition.TypeNames -join ','] = $views
    }
    return $snapshot
}
$before = Get-FormatSnapshot
Import-Module $env:DEEPCOPY_MODULE_PATH
$after = Get-FormatSnapshot
Write-TestResult @{
    Added   = @($after.Keys | Where-Object { -not $before.ContainsKey($_) })
    Changed = @($before.Keys | Where-Object { $after[$_] -ne $before[$_] })
    Count   = $before.Count
}
'@
        Should-Be -Expected 0 -Actual $run.ExitCode -Because (Format-ChildFailure $run)
        Should-BeGreaterThan -Expected 10 -Actual $run.Result.Count -Because 'the snapshot must hold PowerShell''s own format data'
        Should-BeCollection -Count 0 -Actual @($run.Result.Changed) -Because "changed: $($run.Result.Changed -join '; ')"
        foreach ($typeNames in $run.Result.Added) {
            foreach ($typeName in $typeNames -split ',') { Should-BeLikeString -Expected 'DeepCopy.*' -Actual $typeName }
        }
    }

    It 'ships format views for DeepCopy.* types only' -Skip:$NoFormatFile {
        foreach ($file in Get-ChildItem -LiteralPath $ModuleDir -Filter '*.Format.ps1xml' -File) {
            $selected = ([xml] (Get-Content -LiteralPath $file.FullName -Raw)).SelectNodes('//ViewSelectedBy/TypeName')
            foreach ($typeName in $selected) { Should-BeLikeString -Expected 'DeepCopy.*' -Actual $typeName.InnerText.Trim() }
        }
    }
}

Describe 'Tab completion of Copy-DeepObject''s parameter values' {
    It 'completes -Strategy with every strategy name' {
        $completions = (TabExpansion2 -inputScript 'Copy-DeepObject -Strategy ').CompletionMatches.CompletionText
        Should-BeInOrder -Expected @([enum]::GetNames([DeepCopy.Core.DeepCopyStrategy]) | Sort-Object) -Actual @($completions | Sort-Object)
    }

    It 'completes a -Strategy prefix' {
        $completions = (TabExpansion2 -inputScript 'Copy-DeepObject @{} -Strategy Po').CompletionMatches.CompletionText
        Should-BeInOrder -Expected @('Pooled') -Actual @($completions)
    }

    It 'completes -NonCopyableAction with every action name' {
        $completions = (TabExpansion2 -inputScript 'Copy-DeepObject -NonCopyableAction ').CompletionMatches.CompletionText
        Should-BeInOrder -Expected @([enum]::GetNames([DeepCopy.Core.NonCopyableAction]) | Sort-Object) -Actual @($completions | Sort-Object)
    }
}
