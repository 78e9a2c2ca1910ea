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

Describe 'Job and remoting output of values a copy shares' {
    It 'copies a version, uri and culture from Receive-Job, each with its job notes' {
        $job = Start-Job { [version]'1.2'; [uri]'http://x/a#f'; [uri]'rel/a'; Get-Culture; [cultureinfo]'fr-FR'; 'text'; 42 }
        $results = @($job | Wait-Job | Receive-Job)
        Remove-Job $job

        $copies = @($results | Copy-DeepObject -ErrorVariable failures)

        Should-Be -Expected 0 -Actual $failures.Count
        Should-Be -Expected $results.Count -Actual $copies.Count
        Compare-DeepObject $results $copies -Independence | Should -BeNullOrEmpty
        Should-Be -Expected $results[0].PSComputerName -Actual $copies[0].PSComputerName
        Should-Be -Expected ([version]'1.2') -Actual $copies[0].PSObject.BaseObject
        Should-BeFalse ([object]::ReferenceEquals($results[0].PSObject.BaseObject, $copies[0].PSObject.BaseObject))
        Should-Be -Expected 'http://x/a#f' -Actual $copies[1].OriginalString
        Should-Be -Expected 'fr-FR' -Actual $copies[4].Name
    }

    It 'gives a <Name> with job notes an equal value of its own with <Strategy>' -ForEach @(
        foreach ($strategy in 'Reflection', 'Compiled', 'Pooled', 'Auto') {
            @{ Name = 'version'; Strategy = $strategy; Make = { [version]'2.0.1' } }
            @{ Name = 'uri'; Strategy = $strategy; Make = { [uri]'https://user@example.org/a?b=1#c' } }
            @{ Name = 'culture'; Strategy = $strategy; Make = { [cultureinfo]::new('de-DE') } }
        }
    ) {
        $value = & $Make
        $source = $value | Add-Member -NotePropertyName PSComputerName -NotePropertyValue 'localhost' -PassThru |
            Add-Member -NotePropertyName RunspaceId -NotePropertyValue ([guid]::NewGuid()) -PassThru

        $copy = Copy-DeepObject $source -Strategy $Strategy
        $copy.PSComputerName = 'changed'

        Should-Be -Expected 'localhost' -Actual $source.PSComputerName
        Should-Be -Expected $value -Actual $copy.PSObject.BaseObject
        Should-Be -Expected $source.RunspaceId -Actual $copy.RunspaceId
    }

    It 'refuses members on a shared value it cannot make again with MembersOnSharedValue, naming them' {
        $source = [regex]::new('a+') | Add-Member -NotePropertyName PSComputerName -NotePropertyValue 'localhost' -PassThru

        $null = Copy-DeepObject $source -ErrorVariable failures -ErrorAction SilentlyContinue
        $null = Copy-DeepObject $source -NonCopyableAction Reference -ErrorVariable again -ErrorAction SilentlyContinue

        Should-Be -Expected 'MembersOnSharedValue,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-Be -Expected 'InvalidData' -Actual $failures[0].CategoryInfo.Category.ToString()
        Should-BeTrue ($failures[0].ErrorDetails.Message -like '*PSComputerName*')
        Should-BeTrue ($failures[0].ErrorDetails.RecommendedAction -like "*`$x.PSObject.Members.Remove('PSComputerName')*")
        Should-Be -Expected 'MembersOnSharedValue,DeepCopy.CopyDeepObjectCommand' -Actual $again[0].FullyQualifiedErrorId
    }

    It 'copies such a value once the advice is followed' {
        $source = [regex]::new('a+') | Add-Member -NotePropertyName PSComputerName -NotePropertyValue 'localhost' -PassThru

        $source.PSObject.Members.Remove('PSComputerName')
        $copy = Copy-DeepObject $source -ErrorAction Stop

        Should-BeSame -Expected $source.PSObject.BaseObject -Actual $copy
    }
}
