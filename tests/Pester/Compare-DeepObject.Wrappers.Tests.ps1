#Requires -Version 7.2
# Compare-DeepObject with one side wrapped in a PSObject and the other held unwrapped. build.ps1 -Task Test sets
# DEEPCOPY_MODULE_PATH.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Compare-DeepObject with a wrapper on one side only' {
    It 'finds a hashtable with a type name equal to itself written through the pipeline, and to its copy' {
        $config = @{ Port = 80 }
        $config.PSTypeNames.Insert(0, 'Contoso.Config')

        Compare-DeepObject $config (Write-Output $config) | Should -BeNullOrEmpty
        Compare-DeepObject $config (Copy-DeepObject $config) | Should -BeNullOrEmpty
        Compare-DeepObject (Write-Output $config) $config | Should -BeNullOrEmpty
    }

    It 'finds a list with an attached note equal to its copy' {
        $list = [System.Collections.Generic.List[int]]::new()
        $list.Add(1)
        Add-Member -InputObject $list -NotePropertyName Owner -NotePropertyValue 'ada'

        Compare-DeepObject $list (Copy-DeepObject -InputObject $list) | Should -BeNullOrEmpty
    }

    It 'still reports a note that only one side has, and a changed note' {
        $plain = [System.Collections.Generic.List[int]]::new()
        $noted = [System.Collections.Generic.List[int]]::new()
        Add-Member -InputObject $noted -NotePropertyName Owner -NotePropertyValue 'ada'
        $renamed = [System.Collections.Generic.List[int]]::new()
        Add-Member -InputObject $renamed -NotePropertyName Owner -NotePropertyValue 'bob'

        @(Compare-DeepObject $plain (Write-Output $noted -NoEnumerate)).Count | Should -BeGreaterThan 0
        $changed = @(Compare-DeepObject $noted (Write-Output $renamed -NoEnumerate))
        $changed.Count | Should -Be 1
        $changed[0].Message | Should -BeLike "*'ada'*'bob'*"
    }
}
