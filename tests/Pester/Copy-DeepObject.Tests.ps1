#Requires -Version 7.2
# Copy-DeepObject against the staged module. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copy-DeepObject' {
    It 'copies a nested hashtable, so a change to the copy leaves the source alone' {
        $source = @{ a = @{ b = 1 } }

        $copy = Copy-DeepObject -InputObject $source
        $copy.a.b = 2

        Should-Be -Expected 1 -Actual $source.a.b
        Should-Be -Expected 2 -Actual $copy.a.b
        Should-NotBeSame -Expected $source -Actual $copy
        Should-NotBeSame -Expected $source.a -Actual $copy.a
    }
}
