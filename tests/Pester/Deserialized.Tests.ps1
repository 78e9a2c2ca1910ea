#Requires -Version 7.2
# What Import-Clixml, remoting and jobs return, through Copy-DeepObject, Compare-DeepObject and Measure-DeepCopy.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
    $script:clixml = Join-Path ([System.IO.Path]::GetTempPath()) ("deepcopy-{0}.clixml" -f [guid]::NewGuid())
    @((Get-Item -Path $PSHOME), [pscustomobject]@{ Name = 'a'; Tags = @('x', 'y') }) | Export-Clixml -Path $script:clixml -Depth 2
}

AfterAll {
    Remove-Item -Path $script:clixml -ErrorAction Ignore
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copying deserialized objects' {
    It 'keeps the type names, properties and ToString of Import-Clixml output with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $source = Import-Clixml -Path $script:clixml

        $copy = Copy-DeepObject -InputObject $source -Strategy $_

        Should-Be -Expected 'Deserialized.System.IO.DirectoryInfo' -Actual $copy[0].PSObject.TypeNames[0]
        Should-Be -Expected $source[0].Name -Actual $copy[0].Name
        Should-Be -Expected $source[0].ToString() -Actual $copy[0].ToString()
        Should-Be -Expected 'Deserialized.System.Management.Automation.PSCustomObject' -Actual $copy[1].PSObject.TypeNames[0]
        Should-BeCollection -Expected @('x', 'y') -Actual @($copy[1].Tags)
        Should-Be -Expected 0 -Actual @(Compare-DeepObject -ReferenceObject $source -DifferenceObject $copy -Independence).Count
    }

    It 'changes nothing in the source when the copy changes' {
        $source = Import-Clixml -Path $script:clixml
        $copy = Copy-DeepObject -InputObject $source

        $copy[0].PSObject.Properties['Name'].Value = 'changed'

        Should-Be -Expected (Split-Path -Leaf $PSHOME) -Actual $source[0].Name
    }

    It 'is measured after its copy is verified' {
        $source = Import-Clixml -Path $script:clixml

        $rows = Measure-DeepCopy -InputObject $source -Strategy Auto -Iterations 3 -Warmup 1

        Should-BeNull -Actual $rows[0].Error
    }
}
