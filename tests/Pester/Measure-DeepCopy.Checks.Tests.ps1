#Requires -Version 7.2
# Measure-DeepCopy's feedback and its checks before timing (hunt 26): progress records, warnings kept in rows,
# warm-up counts, a baseline whose preparation fails. build.ps1 -Task Test runs this in a child pwsh and sets
# DEEPCOPY_MODULE_PATH to the staged folder.

BeforeAll {
    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }
    $script:ModulePath = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    Import-Module $ModulePath -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Measure-DeepCopy feedback and checks' {
    It 'writes a new progress record each time, so a host that keeps them keeps each state' {
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddCommand('Import-Module').AddParameter('Name', $ModulePath).AddStatement()
            $null = $shell.AddCommand('Measure-DeepCopy').AddParameter('InputObject', @{ a = @(1..50) }).AddParameter('Strategy', @('Auto', 'Json')).AddParameter('Iterations', 3)
            $null = $shell.Invoke()
            $records = @($shell.Streams.Progress)
            $distinct = @($records | ForEach-Object { [System.Runtime.CompilerServices.RuntimeHelpers]::GetHashCode($_) } | Sort-Object -Unique)
            Should-Be -Expected $records.Count -Actual $distinct.Count
            Should-BeTrue -Actual ($records.Count -gt 1)
            Should-Be -Expected 'Processing' -Actual $records[0].RecordType.ToString()
            Should-Be -Expected 'Completed' -Actual $records[-1].RecordType.ToString()
        }
        finally {
            $shell.Dispose()
        }
    }

    It 'fails a truncated ConvertToJson round trip with the warning in its row, and shows no warning' {
        $cycle = @{ Name = 'root' }
        $cycle.Self = $cycle

        $rows = @(Measure-DeepCopy -InputObject $cycle -Strategy Auto -Baseline ConvertToJson -Iterations 2 -Warmup 3 -WarningVariable warned 3>&1)

        Should-BeCollection -Count 0 -Actual @($rows | Where-Object { $_ -is [System.Management.Automation.WarningRecord] })
        Should-BeCollection -Count 0 -Actual $warned
        $json = $rows | Where-Object Strategy -EQ 'ConvertToJson'
        Should-MatchString -Expected 'truncated' -Actual $json.Error
        Should-BeNull -Actual $json.Verification -Because 'the round trip threw, so there was no copy to check'
    }

    It 'counts the shared warm-up copies in WarmupCopies and says what runs in -Verbose' {
        $verbose = @(Measure-DeepCopy -InputObject @{ a = 1 } -Strategy Reflection -Iterations 2 -Warmup 5 -Verbose 4>&1)
        $row = $verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
        Should-BeTrue -Actual ($row.WarmupCopies -ge 5)
        $text = ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }) -join [Environment]::NewLine
        Should-MatchString -Expected 'checks it, then 3 warm-up copies, before any row is timed' -Actual $text
        Should-MatchString -Expected "then $($row.WarmupCopies) warm-up copies" -Actual $text
    }

    It 'fails only the PSSerializer row, with its reason, when the graph cannot be walked for its depth' {
        $disposed = [System.Collections.Concurrent.BlockingCollection[int]]::new()
        $disposed.Dispose()

        $rows = @(Measure-DeepCopy -InputObject @{ queue = $disposed } -Strategy Auto -Baseline PSSerializer -Iterations 2 -Warmup 0 -ErrorAction Stop)

        $serializer = $rows | Where-Object Strategy -EQ 'PSSerializer'
        Should-MatchString -Expected 'ObjectDisposedException' -Actual $serializer.Error
        Should-BeNull -Actual $serializer.Verification -Because 'no copy was made to check'
        Should-BeCollection -Count 2 -Actual $rows
    }

    It 'checks a copy of a loop of boxed structs and ends (hunt 32)' {
        # A struct's mutating interface method, called on the box, stores the box in its own object field.
        Add-Type -TypeDefinition @'
public interface IDeepCopyTestBoxLink { void Link(object next); }
public struct DeepCopyTestBoxLink : IDeepCopyTestBoxLink { public int Value; public object Next; public void Link(object next) { Next = next; } }
'@
        $box = [object][DeepCopyTestBoxLink]@{ Value = 1 }
        ([IDeepCopyTestBoxLink]$box).Link($box)
        Should-BeTrue -Actual ([object]::ReferenceEquals($box.Next, $box))

        $rows = @(Measure-DeepCopy -InputObject (, $box) -Strategy Reflection, Compiled, Pooled, Auto -Iterations 1 -Warmup 0 -ErrorAction Stop)

        Should-BeCollection -Count 4 -Actual $rows
        Should-All -Actual $rows -FilterScript { $null -eq $_.Error -and $_.Verification -eq 'Structural' }
        $copy = Copy-DeepObject -InputObject (, $box)
        Should-BeCollection -Count 0 -Actual @(Compare-DeepObject -ReferenceObject (, $box) -DifferenceObject $copy)
    }
}
