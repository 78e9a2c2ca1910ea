#Requires -Version 7.2
# Measure-DeepCopy against the staged module. build.ps1 -Task Test runs this in a child pwsh and sets
# DEEPCOPY_MODULE_PATH to the staged folder. Rows are kept short (-Iterations, -Warmup 0) so the file runs fast.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }
    $script:ModulePath = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    Import-Module $ModulePath -Force
    $script:Strategies = [Enum]::GetNames([DeepCopy.Core.DeepCopyStrategy])
    $script:Graph = @{
        records = @(foreach ($i in 1..20) { [ordered]@{ id = $i; when = [datetime]::new(2024, 1, $i); tags = @('a', 'b') } })
        owner   = [pscustomobject]@{ name = 'x'; nested = [pscustomobject]@{ n = 1 } }
    }
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Measure-DeepCopy' {
    It 'writes one DeepCopy.Measurement row per strategy, fastest first' {
        $rows = @(Measure-DeepCopy -InputObject $Graph -Iterations 3 -Warmup 0)

        Should-BeInOrder -Expected @($Strategies | Sort-Object) -Actual @($rows.Strategy | Sort-Object)
        Should-All -Actual $rows -FilterScript { $_.PSObject.TypeNames[0] -eq 'DeepCopy.Measurement' }
        Should-All -Actual $rows -FilterScript { $null -eq $_.Error -and $_.Iterations -eq 3 }
        $medians = @($rows.MedianNanoseconds)
        Should-BeInOrder -Expected @($medians | Sort-Object) -Actual $medians
        Should-Be -Expected 1.0 -Actual $rows[0].Ratio
    }

    It 'gives every row the documented properties' {
        $row = Measure-DeepCopy -InputObject $Graph -Strategy Reflection -Iterations 2 -Warmup 0
        $expected = 'Strategy', 'Iterations', 'Median', 'Mean', 'Min', 'Max', 'AllocatedBytesPerCopy', 'ObjectsPerCopy',
            'Gen0Collections', 'Gen1Collections', 'Gen2Collections', 'GCPauseTime', 'PoolHitRate', 'Ratio', 'Error'
        foreach ($name in $expected) {
            Should-NotBeNull -Actual $row.PSObject.Properties[$name] -Because "the row needs a $name property"
        }
        Should-HaveType -Expected ([timespan]) -Actual $row.Median
        Should-BeGreaterThan -Expected 0 -Actual $row.AllocatedBytesPerCopy
        Should-BeGreaterThan -Expected 40 -Actual $row.ObjectsPerCopy
        Should-Be -Expected 'Structural' -Actual $row.Verification
    }

    It 'measures the baselines in the same run, as lossy rows that only have to produce a copy' {
        $rows = @(Measure-DeepCopy -InputObject $Graph -Strategy Reflection -Baseline PSSerializer, ConvertToJson -Iterations 2 -Warmup 0)

        Should-BeInOrder -Expected @('ConvertToJson', 'PSSerializer', 'Reflection') -Actual @($rows.Strategy | Sort-Object)
        $baselines = @($rows | Where-Object IsBaseline)
        Should-Be -Expected 2 -Actual $baselines.Count
        Should-All -Actual $baselines -FilterScript { $_.Verification -eq 'NonNull' -and $null -eq $_.ObjectsPerCopy -and $null -eq $_.Error }
    }

    It 'falls back to PSCustomObjects where ConvertFrom-Json has no -AsHashtable (Windows PowerShell 5.1), and says so' {
        # Stands in for 5.1's ConvertFrom-Json: the same command without -AsHashtable, found first in this scope.
        function ConvertFrom-Json {
            param([Parameter(Mandatory, ValueFromPipeline)] [string] $InputObject)
            process { Microsoft.PowerShell.Utility\ConvertFrom-Json -InputObject $InputObject }
        }

        $rows = @(Measure-DeepCopy -InputObject $Graph -Strategy Reflection -Baseline ConvertToJson -Iterations 2 -Warmup 0 -Verbose 4>&1)

        $verbose = @($rows | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $baseline = $rows | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] -and $_.IsBaseline }
        Should-Be -Expected 'ConvertToJson (PSCustomObject)' -Actual $baseline.Strategy
        Should-BeNull -Actual $baseline.Error
        Should-Be -Expected 'NonNull' -Actual $baseline.Verification
        Should-Any -Actual $verbose.Message -FilterScript { $_ -match 'no -AsHashtable parameter' }
    }

    It 'runs the PSSerializer baseline on Get-ChildItem output at the depth of the graph, so it finishes' {
        # At an unlimited depth PSSerializer never finishes a FileInfo: Directory, Parent and Root are new objects each time.
        $files = @(Get-ChildItem -LiteralPath $PSHOME -File | Select-Object -First 3)

        $rows = @(Measure-DeepCopy -InputObject $files -Strategy Auto -Baseline PSSerializer -Iterations 2 -Warmup 0)

        Should-All -Actual $rows -FilterScript { $null -eq $_.Error }
    }

    It 'verifies and measures a graph holding a credential: the SecureString copy is checked by content' {
        $secret = ConvertTo-SecureString 'not-a-real-password' -AsPlainText -Force
        $graph = @{ login = [pscredential]::new('svc', $secret); retries = 3 }

        $rows = @(Measure-DeepCopy -InputObject $graph -Strategy Auto, Reflection -Iterations 2 -Warmup 0)

        Should-All -Actual $rows -FilterScript { $null -eq $_.Error -and $_.Verification -eq 'Structural' }
    }

    It 'verifies a graph holding SpinLocks and an expando with a removed member' {
        # SpinLocks are compared by their tracking mode; the copied expando shares the class library's removed-member mark.
        $holder = [System.Collections.Generic.List[System.Threading.SpinLock]]::new()
        $holder.Add([System.Threading.SpinLock]::new($true))
        $expando = [System.Dynamic.ExpandoObject]::new()
        $expando.A = 1
        $expando.B = 2
        $null = [System.Collections.Generic.IDictionary[string, object]].GetMethod('Remove', [type[]]@([string])).Invoke($expando, @('A'))
        $graph = @{ locks = $holder; expando = $expando }

        $rows = @(Measure-DeepCopy -InputObject $graph -Strategy Auto, Reflection, Compiled, Pooled -Iterations 2 -Warmup 0)

        Should-All -Actual $rows -FilterScript { $null -eq $_.Error -and $_.Verification -eq 'Structural' }
    }

    It 'reports a row that cannot copy the graph in its Error, and still measures the others' {
        $graph = @{ stream = [System.IO.MemoryStream]::new() }

        $rows = @(Measure-DeepCopy -InputObject $graph -Baseline ConvertToJson -Iterations 2 -Warmup 0 -ErrorAction Stop -ErrorVariable errors)

        Should-BeCollection -Count 0 -Actual $errors
        $failed = $rows | Where-Object Strategy -EQ 'Reflection'
        Should-MatchString -Expected 'MemoryStream' -Actual $failed.Error
        Should-BeNull -Actual $failed.Ratio
        # A failed row's numbers are empty, not zeros that read as a measurement.
        foreach ($name in 'MedianNanoseconds', 'Median', 'Mean', 'Min', 'Max', 'Iterations', 'CopiesPerIteration', 'WarmupCopies', 'Gen0Collections', 'Gen1Collections', 'Gen2Collections', 'FractionOfSlowest', 'Verification') {
            Should-BeNull -Actual $failed.$name -Because "$name of a failed row"
        }
        Should-Be -Expected 'ConvertToJson' -Actual $rows[0].Strategy
        Should-BeNull -Actual $rows[0].Error
        # Rows that failed come after every row that measured (Json fails here too: the stream is not copyable).
        Should-NotBeNull -Actual $rows[-1].Error
        $firstFailure = [array]::FindIndex([object[]]$rows, [Predicate[object]] { param($row) $null -ne $row.Error })
        Should-BeCollection -Count 0 -Actual @($rows | Select-Object -Skip $firstFailure | Where-Object { $null -eq $_.Error })
    }

    It 'reports a member a PSCustomObject cannot have in the Json row, with the error Copy-DeepObject gives' {
        $table = [System.Data.DataTable]::new()
        [void]$table.Columns.Add('PSObject')
        [void]$table.Rows.Add('v')
        $graph = @{ t = $table }
        $failure = $null
        try { $null = Copy-DeepObject $graph -Strategy Json -ErrorAction Stop } catch { $failure = $_ }

        $rows = @(Measure-DeepCopy -InputObject $graph -Strategy Auto, Json -Iterations 2 -Warmup 0 -ErrorAction Stop)

        Should-Be -Expected 'ReservedMemberName,DeepCopy.CopyDeepObjectCommand' -Actual $failure.FullyQualifiedErrorId
        Should-Be -Expected $failure.Exception.Message -Actual ($rows | Where-Object Strategy -EQ Json).Error
        Should-BeNull ($rows | Where-Object Strategy -EQ Auto).Error
    }

    It 'measures a graph holding a stream when -NonCopyableAction says to share it' {
        $graph = @{ stream = [System.IO.MemoryStream]::new(); data = @{ n = 1 } }

        $rows = @(Measure-DeepCopy -InputObject $graph -Strategy Reflection, Pooled -NonCopyableAction Reference -Iterations 2 -Warmup 0)

        Should-Be -Expected 2 -Actual $rows.Count
        Should-All -Actual $rows -FilterScript { $null -eq $_.Error -and $_.Iterations -eq 2 }
    }

    It 'verifies a copy that drops non-copyable values with -NonCopyableAction Null, as Copy-DeepObject does' {
        $graph = @{ Log = [System.IO.MemoryStream]::new(); Data = @{ x = 1 } }

        $rows = @(Measure-DeepCopy -InputObject $graph -Strategy Reflection, Auto -NonCopyableAction Null -Iterations 2 -Warmup 0)

        Should-Be -Expected 2 -Actual $rows.Count
        Should-All -Actual $rows -FilterScript { $null -eq $_.Error -and $_.Iterations -eq 2 }
    }

    It 'verifies a copy that drops values under a session Null type policy' {
        $graph = @{ Log = [System.IO.MemoryStream]::new(); Data = @{ x = 1 } }
        Set-DeepCopyTypePolicy -Type System.IO.Stream -Policy Null
        try {
            $row = Measure-DeepCopy -InputObject $graph -Strategy Reflection -Iterations 2 -Warmup 0
        }
        finally {
            Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy
        }

        Should-BeNull -Actual $row.Error
    }

    It 'accepts a null Json copy where the strategy makes the whole copy null: <Name>' -ForEach @(
        @{ Name = 'a DBNull root'; Root = { [DBNull]::Value }; Action = 'Throw'; NullPolicy = $false }
        @{ Name = 'a non-copyable root with -NonCopyableAction Null'; Root = { [System.IO.MemoryStream]::new() }; Action = 'Null'; NullPolicy = $false }
        @{ Name = 'a root whose session type policy is Null'; Root = { [System.Text.StringBuilder]::new('x') }; Action = 'Throw'; NullPolicy = $true }
    ) {
        if ($NullPolicy) { Set-DeepCopyTypePolicy -Type System.Text.StringBuilder -Policy Null }
        try {
            $rows = @(Measure-DeepCopy -InputObject (& $Root) -Strategy Auto, Json -NonCopyableAction $Action -Iterations 2 -Warmup 0)
        }
        finally {
            Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy
        }

        $json = $rows | Where-Object Strategy -EQ Json
        Should-BeNull -Actual $json.Error
        Should-Be -Expected 'NonNull (null root allowed)' -Actual $json.Verification
        Should-All -Actual $rows -FilterScript { $null -eq $_.Error }
    }

    Context 'a session with type policies' {
        BeforeAll {
            # A registered handler that returns its source: a copy that shares a value by mistake, which no policy
            # asks for. It claims only this test's own type.
            Add-Type -ReferencedAssemblies ([DeepCopy.Core.DeepCopyHandler].Assembly.Location), netstandard -TypeDefinition @'
public sealed class DeepCopyTestLeak { public System.Collections.ArrayList Items = new System.Collections.ArrayList(); }
public sealed class DeepCopyTestLeakHandler : DeepCopy.Core.DeepCopyHandler
{
    public override bool NeedsPopulate => false;
    public override bool CanHandle(System.Type type) => type == typeof(DeepCopyTestLeak);
    public override object CreateShell(object source, DeepCopy.Core.DeepCopyContext context) => source;
    public override void Populate(object source, object shell, DeepCopy.Core.DeepCopyContext context) { }
}
'@
            [DeepCopy.Core.DeepCopyRegistry]::RegisterHandler([DeepCopyTestLeakHandler]::new())
        }

        AfterEach {
            Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy
        }

        It 'keeps the whole independence check when no policy concerns the graph' {
            Set-DeepCopyTypePolicy -Type System.Diagnostics.Stopwatch -Policy Null
            $graph = @{ l = [System.Collections.ArrayList]@(, @{ a = 1 }); h = @{ b = 2 } }

            $row = Measure-DeepCopy $graph -Strategy Reflection -Iterations 2 -Warmup 0

            Should-BeNull -Actual $row.Error
            Should-Be -Expected 'Structural' -Actual $row.Verification
        }

        It 'catches a value shared by mistake, whatever the policies and -NonCopyableAction' {
            Set-DeepCopyTypePolicy -Type System.Diagnostics.Stopwatch -Policy Null
            Set-DeepCopyTypePolicy -Type System.IO.Stream -Policy Share
            $graph = @{ s = [System.IO.MemoryStream]::new(); leak = [DeepCopyTestLeak]::new() }

            $rows = @(Measure-DeepCopy $graph -Strategy Reflection, Compiled -NonCopyableAction Reference -Iterations 2 -Warmup 0)

            Should-All -Actual $rows -FilterScript { "$($_.Error)".StartsWith("The copy is not right: `$['leak']: SharedReference:", 'Ordinal') }
        }

        It 'verifies a row whose stream a Share policy shares, and says so' {
            Set-DeepCopyTypePolicy -Type System.IO.Stream -Policy Share
            $graph = @{ s = [System.IO.MemoryStream]::new(); h = @{ b = 2 } }

            $row = Measure-DeepCopy $graph -Strategy Reflection -Iterations 2 -Warmup 0

            Should-BeNull -Actual $row.Error
            Should-Be -Expected 'Structural (shared values allowed)' -Actual $row.Verification
        }

        It 'lets a shallow copier share what its result holds (Get-DeepCopyTypePolicy, Example 3)' {
            Set-DeepCopyTypePolicy -Type System.Collections.ArrayList -Policy { , [System.Collections.ArrayList]::new($_) }
            $graph = @{ l = [System.Collections.ArrayList]@(, @{ a = 1 }); h = @{ b = 2 } }

            $row = Measure-DeepCopy $graph -Strategy Reflection -Iterations 2 -Warmup 0

            Should-BeNull -Actual $row.Error
            Should-Be -Expected 'Structural (shared values allowed)' -Actual $row.Verification
        }

        It 'verifies a Barrier whose post-phase action is shared (<Name>)' -ForEach @(
            @{ Name = '-NonCopyableAction Reference'; Action = 'Reference'; SharePolicy = $false }
            @{ Name = 'a Share policy on System.Delegate'; Action = 'Throw'; SharePolicy = $true }
        ) {
            # Its copy captures the ExecutionContext its source captured: the runtime's, immutable on .NET.
            if ($SharePolicy) { Set-DeepCopyTypePolicy -Type System.Delegate -Policy Share }
            $barrier = [System.Threading.Barrier]::new(2, [Action[System.Threading.Barrier]] { param($b) })

            $rows = @(Measure-DeepCopy @{ b = $barrier } -Strategy Reflection, Compiled, Pooled -NonCopyableAction $Action -Iterations 2 -Warmup 0)

            Should-All -Actual $rows -FilterScript { $null -eq $_.Error -and $_.Verification -eq 'Structural (shared values allowed)' }
        }

        It 'names a row that held values the options drop and share' {
            $graph = @{ s = [System.IO.MemoryStream]::new(); w = [System.Threading.ManualResetEvent]::new($false) }
            Set-DeepCopyTypePolicy -Type System.Threading.WaitHandle -Policy Null

            $row = Measure-DeepCopy $graph -Strategy Reflection -NonCopyableAction Reference -Iterations 2 -Warmup 0

            Should-BeNull -Actual $row.Error
            Should-Be -Expected 'Structural (shared values allowed) (dropped values allowed)' -Actual $row.Verification
        }
    }

    It 'fails with InvalidMeasurementInput when there is no graph' {
        $record = $null
        try { Measure-DeepCopy -InputObject $null } catch { $record = $_ }

        Should-Be -Expected 'InvalidMeasurementInput,DeepCopy.MeasureDeepCopyCommand' -Actual $record.FullyQualifiedErrorId
        Should-Be -Expected 'InvalidArgument' -Actual $record.CategoryInfo.Category.ToString()
    }

    It 'rejects <Parameter> <Value> at binding time' -ForEach @(
        @{ Parameter = 'Iterations'; Value = 0 }
        @{ Parameter = 'Warmup'; Value = -1 }
        @{ Parameter = 'Warmup'; Value = 1000001 }
    ) {
        $record = $null
        $arguments = @{ InputObject = $Graph; $Parameter = $Value }
        try { Measure-DeepCopy @arguments } catch { $record = $_ }

        Should-Be -Expected 'ParameterArgumentValidationError,DeepCopy.MeasureDeepCopyCommand' -Actual $record.FullyQualifiedErrorId
    }

    It 'shows a table with human units and a bar by default' {
        $rows = Measure-DeepCopy -InputObject $Graph -Baseline PSSerializer -Iterations 2 -Warmup 0
        $text = $rows | Format-Table | Out-String -Width 200

        Should-MatchString -Expected 'Alloc/copy' -Actual $text
        Should-MatchString -Expected '\d (ns|µs|ms|s) ' -Actual $text
        Should-MatchString -Expected '\d+(\.\d)? (B|KB|MB) ' -Actual $text
        Should-MatchString -Expected 'PSSerializer \(baseline\)' -Actual $text
        Should-MatchString -Expected '1\.00x' -Actual $text
    }

    It 'shows failed rows last in the table, with empty numbers and the error in place of the bar' {
        $node = @{}; $node.Self = $node

        $text = Measure-DeepCopy -InputObject $node -Strategy Auto, Json -Baseline ConvertToJson -Iterations 2 -Warmup 0 | Format-Table | Out-String -Width 300
        $lines = @($text -split "`r?`n" | Where-Object { $_ -match '^(Auto|Json|ConvertToJson)' })

        Should-MatchString -Expected '^Auto .*1\.00x' -Actual $lines[0]
        Should-MatchString -Expected '^(Json|ConvertToJson) +error: ' -Actual $lines[1]
        Should-MatchString -Expected '^(Json|ConvertToJson) .* +error: ' -Actual $lines[2]
        Should-BeFalse ($lines[1] -match '0/0/0|0\.0 ns|\dx')
    }

    It 'verifies and measures a graph that holds a lock in use and a bounded semaphore, which copies get new and unheld' {
        $gate = [System.Threading.ReaderWriterLockSlim]::new()
        $permits = [System.Threading.SemaphoreSlim]::new(1, 3)
        $gate.EnterReadLock()
        try {
            $rows = @(Measure-DeepCopy -InputObject @{ gate = $gate; permits = $permits; data = @(1, 2) } -Strategy Reflection, Auto -Iterations 2 -Warmup 0)
        }
        finally { $gate.ExitReadLock() }

        foreach ($row in $rows) {
            Should-BeNull -Actual $row.Error -Because "$($row.Strategy): $($row.Error)"
            Should-Be -Expected 'Structural' -Actual $row.Verification
        }
    }

    It 'stops promptly when the pipeline is stopped (Ctrl+C)' {
        $big = @{ items = @(foreach ($i in 1..2000) { @{ id = $i; list = [System.Collections.ArrayList]@(1, 2, 3) } }) }
        $shell = [powershell]::Create()
        try {
            # The import runs on its own, before: a batch of statements (AddStatement) stopped and disposed mid-run can
            # fail inside PowerShell's own batch worker (InvalidRunspaceStateException), which ends the test process.
            $null = $shell.AddCommand('Import-Module').AddParameter('Name', $ModulePath).Invoke()
            $shell.Commands.Clear()
            $null = $shell.AddCommand('Measure-DeepCopy').AddParameter('InputObject', $big).AddParameter('Iterations', 1000000)
            $pending = $shell.BeginInvoke()
            Start-Sleep -Seconds 2
            Should-BeFalse -Actual $pending.IsCompleted -Because 'a million iterations of this graph take minutes'

            $timer = [Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            Should-BeLessThan -Expected 5 -Actual $timer.Elapsed.TotalSeconds
            Should-Be -Expected 'Stopped' -Actual $shell.InvocationStateInfo.State.ToString()
        }
        finally {
            $shell.Dispose()
        }
    }
}
