#Requires -Version 7.2
# What Import-Clixml, remoting and jobs return, through Copy-DeepObject, Compare-DeepObject and Measure-DeepCopy.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
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
        Should-BeInOrder -Expected @('x', 'y') -Actual @($copy[1].Tags)
        Should-Be -Expected 0 -Actual @(Compare-DeepObject -ReferenceObject $source -DifferenceObject $copy -Independence).Count
    }

    It 'keeps the names of nested enums, in ToString and Format-Table, with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $path = Join-Path ([System.IO.Path]::GetTempPath()) ("deepcopy-{0}.clixml" -f [guid]::NewGuid())
        try {
            @([pscustomobject]@{ Day = [DayOfWeek]::Friday }, (Get-Item -Path $PSHOME)) | Export-Clixml -Path $path -Depth 2
            $source = Import-Clixml -Path $path
        }
        finally {
            Remove-Item -Path $path -ErrorAction Ignore
        }

        $copy = Copy-DeepObject -InputObject $source -Strategy $_

        Should-Be -Expected 'Deserialized.System.DayOfWeek' -Actual $copy[0].Day.PSObject.TypeNames[0]
        Should-Be -Expected 'Friday' -Actual $copy[0].Day.ToString()
        Should-Be -Expected 'Friday' -Actual ([string]$copy[0].Day)
        Should-Be -Expected ($source[0] | Format-Table | Out-String) -Actual ($copy[0] | Format-Table | Out-String)
        Should-Be -Expected $source[1].Attributes.ToString() -Actual $copy[1].Attributes.ToString()
        Should-Be -Expected ($source[1] | Format-List -Property Attributes | Out-String) -Actual ($copy[1] | Format-List -Property Attributes | Out-String)
        Should-Be -Expected 0 -Actual @(Compare-DeepObject -ReferenceObject $source -DifferenceObject $copy -Independence).Count
    }

    It 'reports an enum whose name was lost' {
        $path = Join-Path ([System.IO.Path]::GetTempPath()) ("deepcopy-{0}.clixml" -f [guid]::NewGuid())
        try {
            [pscustomobject]@{ Day = [DayOfWeek]::Friday } | Export-Clixml -Path $path
            $source = Import-Clixml -Path $path
        }
        finally {
            Remove-Item -Path $path -ErrorAction Ignore
        }

        # A wrapper of the same number with the same type names, but without the deserializer's text.
        $textless = [psobject]::new(5)
        $textless.PSObject.TypeNames.Clear()
        $source.Day.PSObject.TypeNames | ForEach-Object { $textless.PSObject.TypeNames.Add($_) }
        $changed = [pscustomobject]@{ Day = $textless }

        $differences = @(Compare-DeepObject -ReferenceObject $source -DifferenceObject $changed)

        Should-BeInOrder -Expected @("$.Day.'ToString()'") -Actual @($differences | Where-Object Path -like '*ToString*' | ForEach-Object Path)
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
