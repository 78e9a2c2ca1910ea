#Requires -Version 7.2
# The help users read: Get-Help for every exported cmdlet, and the about_DeepCopy topic, as a fresh pwsh shows them
# after importing the staged module (docs/help/en-US, copied into out/DeepCopy/en-US by build.ps1).

BeforeDiscovery {
    # Every cmdlet the manifest exports gets the same checks.
    $manifestPath = Join-Path ([string] $env:DEEPCOPY_MODULE_PATH) 'DeepCopy.psd1'
    $exported = if (Test-Path -LiteralPath $manifestPath) { (Import-PowerShellDataFile -LiteralPath $manifestPath).CmdletsToExport }
    $script:ExportedCommands = @(foreach ($name in $exported) { @{ Name = $name } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    . (Join-Path $PSScriptRoot 'Support/FreshPwsh.ps1')
    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }

    # One child reads everything, so the tests below only look at plain data.
    $script:Run = Invoke-FreshPwsh -Script @'
Set-StrictMode -Off   # help objects only have the properties their help file gave them; a missing one reads as empty
$module = Import-Module $env:DEEPCOPY_MODULE_PATH -PassThru
$commands = foreach ($name in $module.ExportedCmdlets.Keys) {
    $help = Get-Help $name -Full
    @{
        Name        = $name
        Synopsis    = "$($help.Synopsis)".Trim()
        Description = (@($help.description) | ForEach-Object { $_.Text }) -join "`n"
        Parameters  = @(foreach ($parameter in @($help.parameters.parameter)) {
            @{ Name = $parameter.name; Description = (@($parameter.description) | ForEach-Object { $_.Text }) -join "`n" }
        })
        # -WhatIf and -Confirm count: a cmdlet that supports ShouldProcess documents them, as PowerShell's own help does.
        Declared    = @((Get-Command $name).Parameters.Keys | Where-Object {
            $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters })
        Examples    = @(foreach ($example in @($help.examples.example)) {
            @{ Title = "$($example.title)"; Code = "$($example.code)"; Remarks = (@($example.remarks) | ForEach-Object { $_.Text }) -join "`n" }
        })
        Inputs      = "$($help.inputTypes.inputType.type.name)"
        Outputs     = "$($help.returnValues.returnValue.type.name)"
    }
}

# The engine's non-copyable registrations are internal; they are read here only to check the topic lists them all.
$registry = [DeepCopy.Core.DeepCopyRegistry]
$nonCopyable = $registry.GetProperty('NonCopyableTypes', [System.Reflection.BindingFlags]'Static, NonPublic').GetValue($null)

# A missing topic fails the about_DeepCopy tests below, not the whole run.
$about = try { Get-Help about_DeepCopy | Out-String } catch { '' }

Write-TestResult @{
    Commands          = @($commands)
    About             = $about
    ErrorIds          = [enum]::GetNames([DeepCopy.Errors.DeepCopyErrorId])
    Strategies        = [enum]::GetNames([DeepCopy.Core.DeepCopyStrategy])
    NonCopyableAction = [enum]::GetNames([DeepCopy.Core.NonCopyableAction])
    RegisteredNonCopyable = @($nonCopyable | ForEach-Object { $_.Key.Name })
}
'@
    $script:Help = $Run.Result
}

Describe 'Get-Help for the DeepCopy cmdlets' {
    It 'is read in a fresh pwsh without errors' {
        Should-Be -Expected 0 -Actual $Run.ExitCode -Because (Format-ChildFailure $Run)
        Should-BeInOrder -Expected @('Copy-DeepObject') -Actual @($Help.Commands.Name | Where-Object { $_ -eq 'Copy-DeepObject' })
    }

    Context '<Name>' -ForEach $ExportedCommands {
        BeforeAll {
            $command = $Help.Commands | Where-Object Name -EQ $Name
            if (-not $command) { throw "Get-Help returned nothing for $Name." }
            $Synopsis = $command.Synopsis
            $Description = $command.Description
            $Parameters = @($command.Parameters)
            $Declared = @($command.Declared)
            $Examples = @($command.Examples)
            $Inputs = $command.Inputs
            $Outputs = $command.Outputs
        }

        It 'has a written synopsis, not the syntax line PowerShell makes up without help' {
            Should-NotBeWhiteSpaceString -Actual $Synopsis
            Should-NotMatchString -Expected "^$([regex]::Escape($Name))\s*\[" -Actual $Synopsis -Because "'$Synopsis' looks like a syntax line"
            Should-NotBe -Expected $Name -Actual $Synopsis
        }

        It 'has a description' {
            Should-BeGreaterThan -Expected 200 -Actual $Description.Length
        }

        It 'describes every parameter the cmdlet declares' {
            $documented = @($Parameters | Where-Object { $_.Description.Trim() } | ForEach-Object Name | Sort-Object)
            Should-BeInOrder -Expected @($Declared | Sort-Object) -Actual $documented
        }

        It 'has at least three examples, each with code and remarks' {
            Should-BeGreaterThanOrEqual -Expected 3 -Actual @($Examples).Count
            foreach ($example in $Examples) {
                Should-NotBeWhiteSpaceString -Actual $example.Code -Because "example '$($example.Title)' needs code"
                Should-NotBeWhiteSpaceString -Actual $example.Remarks -Because "example '$($example.Title)' needs remarks"
            }
        }

        It 'names its input and output types' {
            Should-NotBeWhiteSpaceString -Actual $Inputs
            Should-NotBeWhiteSpaceString -Actual $Outputs
        }
    }

    Context 'Copy-DeepObject parameter values' {
        BeforeAll {
            $script:CopyHelp = $Help.Commands | Where-Object Name -EQ 'Copy-DeepObject'
            function Get-ParameterHelp([string] $Name) { ($CopyHelp.Parameters | Where-Object Name -EQ $Name).Description }
        }

        It 'describes every strategy the cmdlet accepts' {
            foreach ($strategy in $Help.Strategies) {
                Should-MatchString -Expected "\b$strategy\b" -Actual (Get-ParameterHelp 'Strategy') -Because "-Strategy $strategy needs a description"
            }
        }

        It 'describes every NonCopyableAction' {
            foreach ($action in $Help.NonCopyableAction) {
                Should-MatchString -Expected "\b$action\b" -Actual (Get-ParameterHelp 'NonCopyableAction')
            }
        }
    }
}

Describe 'Get-Help about_DeepCopy' {
    It 'returns the topic' {
        Should-MatchString -Expected 'about_DeepCopy' -Actual $Help.About
        Should-MatchString -Expected 'SHORT DESCRIPTION' -Actual $Help.About
        Should-MatchString -Expected 'LONG DESCRIPTION' -Actual $Help.About
    }

    It 'explains the traps of the usual ways to copy' {
        foreach ($trap in '.Clone()', 'PSObject.Copy()', 'PSSerializer', 'ConvertTo-Json') {
            Should-MatchString -Expected ([regex]::Escape($trap)) -Actual $Help.About
        }
    }

    It 'lists every error id the module writes' {
        foreach ($id in $Help.ErrorIds) { Should-MatchString -Expected "\b$id\b" -Actual $Help.About }
    }

    It 'lists every non-copyable type PowerShell registers' {
        Should-BeGreaterThan -Expected 0 -Actual @($Help.RegisteredNonCopyable).Count
        foreach ($type in $Help.RegisteredNonCopyable) { Should-MatchString -Expected "\b$type\b" -Actual $Help.About }
    }

    It 'describes every strategy' {
        foreach ($strategy in $Help.Strategies) { Should-MatchString -Expected "\b$strategy\b" -Actual $Help.About }
    }
}
