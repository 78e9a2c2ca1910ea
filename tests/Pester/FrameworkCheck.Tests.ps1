#Requires -Version 7.2
# DeepCopy.Requirements.psm1, the .NET Framework check Windows PowerShell 5.1 runs on import (it does not enforce the
# manifest's DotNetFrameworkVersion). No Windows PowerShell runs here: the check's logic is called with the edition
# and registry release it would read there, and the import is checked to cost PowerShell 7 nothing visible.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }
    $script:ModuleDir = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    $script:CheckPath = Join-Path $ModuleDir 'DeepCopy.Requirements.psm1'
    . (Join-Path $PSScriptRoot 'Support/FreshPwsh.ps1')
    # Run in this scope as the module runs it in its own: on PowerShell 7 this only defines the check.
    . ([scriptblock]::Create((Get-Content -Raw -LiteralPath $CheckPath)))
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'The .NET Framework check for Windows PowerShell 5.1' {
    It 'stops Windows PowerShell on .NET Framework <Name> with DotNetFrameworkTooOld and the reason' -ForEach @(
        @{ Name = '4.6.2'; Release = 394802 }
        @{ Name = '4.7.1'; Release = 461308 }
    ) {
        try { Assert-DeepCopyFramework -Edition Desktop -Release $Release; $record = $null } catch { $record = $_ }

        Should-NotBeNull -Actual $record -Because "release $Release is older than 4.7.2"
        Should-Be -Expected 'DotNetFrameworkTooOld,Assert-DeepCopyFramework' -Actual $record.FullyQualifiedErrorId
        Should-Be -Expected 'NotInstalled' -Actual $record.CategoryInfo.Category.ToString()
        Should-Be -Expected $Release -Actual $record.TargetObject
        Should-MatchString -Expected '4\.7\.2 or later' -Actual $record.Exception.Message
        Should-MatchString -Expected "release $Release" -Actual $record.Exception.Message
    }

    It 'lets Windows PowerShell import on .NET Framework <Name>' -ForEach @(
        @{ Name = '4.7.2'; Release = 461808 }
        @{ Name = '4.8'; Release = 528040 }
        @{ Name = '4.8.1'; Release = 533320 }
        @{ Name = 'of an unreadable release'; Release = $null }
    ) {
        Assert-DeepCopyFramework -Edition Desktop -Release $Release
    }

    It 'never stops PowerShell 7, whatever the registry says' {
        Assert-DeepCopyFramework -Edition Core -Release 394802
    }

    It 'writes the id DeepCopyErrorId names' {
        Import-Module $ModuleDir -Force
        try { Assert-DeepCopyFramework -Edition Desktop -Release 1 } catch { $record = $_ }

        Should-Be -Expected ([DeepCopy.Errors.DeepCopyErrorId]::DotNetFrameworkTooOld.ToString()) -Actual ($record.FullyQualifiedErrorId -split ',')[0]
    }

    It 'stops with DotNetFrameworkTooOld in ConstrainedLanguage mode too, where script cannot build an ErrorRecord' {
        $run = Invoke-FreshPwsh -Script @"
`$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'
Import-Module '$CheckPath'
try { Assert-DeepCopyFramework -Edition Desktop -Release 394802; `$record = `$null } catch { `$record = `$_ }
Write-TestResult ([ordered]@{ Mode = "`$(`$ExecutionContext.SessionState.LanguageMode)"; Id = `$record.FullyQualifiedErrorId; Category = "`$(`$record.CategoryInfo.Category)"; Target = `$record.TargetObject; Message = `$record.Exception.Message })
"@
        Should-Be -Expected 0 -Actual $run.ExitCode -Because (Format-ChildFailure $run)
        Should-Be -Expected 'ConstrainedLanguage' -Actual $run.Result.Mode
        Should-Be -Expected 'DotNetFrameworkTooOld,Assert-DeepCopyFramework' -Actual $run.Result.Id
        Should-Be -Expected 'NotInstalled' -Actual $run.Result.Category
        Should-Be -Expected 394802 -Actual $run.Result.Target
        Should-MatchString -Expected '4\.7\.2 or later' -Actual $run.Result.Message
    }

    It 'does not stop an import in ConstrainedLanguage mode (locked-down machines refuse .ps1 nested modules)' {
        $run = Invoke-FreshPwsh -Script @"
`$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'
Import-Module '$ModuleDir'
`$copy = Copy-DeepObject -InputObject @{ a = @(1, 2) }
Write-TestResult ([ordered]@{ Mode = `$ExecutionContext.SessionState.LanguageMode.ToString(); Count = `$copy['a'].Count; Commands = @(Get-Command -Module DeepCopy).Count })
"@
        Should-Be -Expected 0 -Actual $run.ExitCode -Because (Format-ChildFailure $run)
        Should-Be -Expected 'ConstrainedLanguage' -Actual $run.Result.Mode
        Should-Be -Expected 2 -Actual $run.Result.Count
        Should-Be -Expected 6 -Actual $run.Result.Commands
    }

    It 'runs inside the module on import and leaves the caller nothing: no command, no variable, no extra module' {
        $run = Invoke-FreshPwsh -Script @"
`$before = @(Get-Variable -Scope Global).Name
Import-Module '$ModuleDir'
`$module = Get-Module DeepCopy
`$imported = [ordered]@{
    Check     = [bool](Get-Command Assert-DeepCopyFramework -ErrorAction Ignore)
    Variables = @(Get-Variable -Scope Global | Where-Object Name -NotIn (`$before + 'before' + 'module') | ForEach-Object Name)
    Modules   = @((Get-Module).Name)
    Nested    = @(`$module.NestedModules.Name)
    Type      = `$module.ModuleType.ToString()
    Exported  = `$module.ExportedFunctions.Count
}
Remove-Module DeepCopy
`$imported.AfterRemove = @((Get-Module).Name)
Write-TestResult `$imported
"@
        Should-Be -Expected 0 -Actual $run.ExitCode -Because (Format-ChildFailure $run)
        $imported = $run.Result

        Should-BeFalse -Actual $imported.Check
        Should-BeInOrder -Expected @() -Actual @($imported.Variables)
        Should-Be -Expected 0 -Actual $imported.Exported
        Should-Be -Expected 'Binary' -Actual $imported.Type
        Should-BeInOrder -Expected @('DeepCopy.Requirements') -Actual @($imported.Nested)
        Should-BeInOrder -Expected @('DeepCopy') -Actual @($imported.Modules | Where-Object { $_ -like 'DeepCopy*' })
        Should-BeInOrder -Expected @() -Actual @($imported.AfterRemove | Where-Object { $_ -like 'DeepCopy*' })
    }
}
