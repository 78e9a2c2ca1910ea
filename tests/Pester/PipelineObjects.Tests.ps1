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
