#Requires -Version 7.2
# Enumerators copied with what they walk (hunt 33): $input, and the enumerator of an [ordered] table after an edit,
# resume at the copied item. Before, their copies threw "Collection was modified" (the list under them was rebuilt
# with a new private version), and PowerShell wrapped that in "An error occurred while enumerating through a collection".

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copied enumerators' {
    It 'copies $input in an end block after its first item, and the copy walks the rest, with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        function Copy-RestOfInput([string] $Strategy) {
            end {
                [void]$input.MoveNext()
                $copy = Copy-DeepObject -InputObject $input -Strategy $Strategy
                [pscustomobject]@{ Copy = @($copy); Source = @($input) }
            }
        }

        $result = 'a', 'b', 'c' | Copy-RestOfInput -Strategy $_

        Should-BeInOrder -Expected @('b', 'c') -Actual $result.Copy
        Should-BeInOrder -Expected @('b', 'c') -Actual $result.Source
    }

    It 'copies $input that a process block emptied, and the copy walks nothing without an error, with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        function Copy-EmptiedInput([string] $Strategy) {
            process { }
            end {
                $copy = Copy-DeepObject -InputObject $input -Strategy $Strategy
                , @($copy)
            }
        }

        $copy = 1, 2 | Copy-EmptiedInput -Strategy $_

        Should-Be -Expected 0 -Actual $copy.Count
    }

    It 'copies an [ordered] table''s enumerator after <Edit>, and the copy walks the rest, with <Strategy>' -ForEach @(
        foreach ($strategy in 'Reflection', 'Compiled', 'Pooled', 'Auto') {
            @{ Strategy = $strategy; Edit = 'a Remove' }
            @{ Strategy = $strategy; Edit = 'a value set' }
        }
    ) {
        $table = [ordered]@{ a = 1; b = 2; c = 3; d = 4 }
        if ($Edit -eq 'a Remove') { $table.Remove('a') } else { $table.b = 5 }
        $source = $table.GetEnumerator()
        [void]$source.MoveNext()

        $copy = Copy-DeepObject -InputObject $source -Strategy $Strategy

        $copied = while ($copy.MoveNext()) { '{0}={1}' -f $copy.Key, $copy.Value }
        $left = while ($source.MoveNext()) { '{0}={1}' -f $source.Key, $source.Value }
        Should-BeInOrder -Expected @($left) -Actual @($copied)
        Should-Be -Expected ($table.Count - 1) -Actual @($copied).Count -Because 'one entry was walked before the copy'
    }
}
