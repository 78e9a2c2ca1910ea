#Requires -Version 7.2
# What pipelines hand a script, held in variables and copied: provider items of structs, help, job output.
# build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'A wrapped struct passed as an argument' {
    # PowerShell copies a wrapped struct into a new box when it is passed or stored, and keeps the wrapper's members
    # for that box only: Copy-DeepObject receives the bare box.
    It 'keeps the provider notes of Get-Item Env: output with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $entry = Get-Item -Path Env:HOME

        $copy = Copy-DeepObject $entry -Strategy $_

        Should-Be -Expected $entry.PSPath -Actual $copy.PSPath
        Should-Be -Expected $entry.PSProvider.Name -Actual $copy.PSProvider.Name
        Should-Be -Expected $entry.Value -Actual $copy.Value
        Should-Be -Expected ($entry | Format-List * | Out-String) -Actual ($copy | Format-List * | Out-String)
        Compare-DeepObject $entry $copy -Independence | Should -BeNullOrEmpty
    }

    It 'keeps them inside a hashtable with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $entry = Get-Item -Path Env:HOME
        $config = @{ e = $entry }

        $copy = Copy-DeepObject $config -Strategy $_

        Should-Be -Expected $config.e.PSPath -Actual $copy.e.PSPath
        Compare-DeepObject $config $copy | Should -BeNullOrEmpty
    }

    It 'keeps a note added to a Point, and the copy''s note is its own, with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $point = [System.Drawing.Point]::new(1, 2) | Add-Member -NotePropertyName Extra -NotePropertyValue 42 -PassThru

        $copy = Copy-DeepObject $point -Strategy $_
        Should-Be -Expected 42 -Actual $copy.Extra
        $copy.Extra = 7

        Should-Be -Expected 42 -Actual $point.Extra
        Should-Be -Expected 2 -Actual $copy.Y
    }

    It 'is reported by Compare-DeepObject when its members are missing' {
        $entry = Get-Item -Path Env:HOME
        $bare = [System.Collections.DictionaryEntry]::new($entry.Key, $entry.Value)

        $differences = @(Compare-DeepObject $entry $bare)

        Should-BeTrue ($differences.Kind -contains 'MemberMissing')
        Should-BeTrue ($differences.Path -contains '$.PSPath')
    }
}

Describe 'Get-Help output, a wrapper of a wrapper' {
    It 'copies to the same shape, which Compare-DeepObject finds equal, with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $help = Get-Help Copy-DeepObject

        $copy = Copy-DeepObject $help -Strategy $_

        Should-BeTrue ($copy.PSObject.ImmediateBaseObject -is [psobject])
        Should-BeCollection -Expected @($help.PSObject.TypeNames) -Actual @($copy.PSObject.TypeNames)
        Should-Be -Expected ($help | Out-String) -Actual ($copy | Out-String)
        Compare-DeepObject $help $copy -Independence | Should -BeNullOrEmpty
    }

    It 'is measured by the exact strategies without a verification error' {
        $help = Get-Help Copy-DeepObject

        $rows = @(Measure-DeepCopy -InputObject $help -Strategy Reflection, Compiled, Pooled, Auto -Iterations 2 -Warmup 0)

        Should-Be -Expected 4 -Actual $rows.Count
        foreach ($row in $rows) {
            Should-BeNull $row.Error -Because "$($row.Strategy) failed"
        }
    }
}
