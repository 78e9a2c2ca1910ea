#Requires -Version 7.2
# Ctrl+C during the long steps of one Measure-DeepCopy row: the check of its first copy, and the baselines' round trips.
# PowerShell's Stop() reaches StopProcessing, which must end the step in the middle, not after it. Each test times the
# step it stops in the same run and asks that Stop() return in well under the time that step takes, so a loaded machine
# slows both alike. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH.

BeforeAll {
    $script:ModulePath = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    Import-Module $ModulePath -Force

    # Built in C#: filling hundreds of thousands of objects from script would take longer than the steps under test.
    Add-Type -TypeDefinition @'
public static class DeepCopyMeasureStopTestGraph
{
    public sealed class Marker
    {
    }

    // One-element arrays, then the marker last: its copier runs when the copy is all but done, just before the check.
    public static System.Collections.Generic.List<object> Arrays(int count)
    {
        var list = new System.Collections.Generic.List<object>(count + 1);
        for (var i = 0; i < count; i++)
        {
            list.Add(new object[] { i });
        }

        list.Add(new Marker());
        return list;
    }

    // Small hashtables; with no entries, JSON text that takes ten times longer to read back than to write.
    public static System.Collections.Generic.List<object> Hashtables(int count, bool empty)
    {
        var list = new System.Collections.Generic.List<object>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(empty ? new System.Collections.Hashtable() : new System.Collections.Hashtable { ["a"] = i, ["b"] = "x" });
        }

        return list;
    }
}
'@

    # Runs $Script in a new [powershell] with the module imported and $Parameters bound, waits for $Signal (set from
    # inside the step under test), lets the step run for as long as $Into says then, and stops it. Returns how long
    # Stop() took.
    function Stop-InTheMiddle {
        param([string] $Script, [hashtable] $Parameters, [System.Threading.ManualResetEventSlim] $Signal, [scriptblock] $Into)

        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript("param(`$Path, $(@($Parameters.Keys | ForEach-Object { "`$$_" }) -join ', ')) Import-Module `$Path`n$Script")
            $null = $shell.AddParameter('Path', $ModulePath).AddParameters($Parameters)
            $output = [System.Management.Automation.PSDataCollection[object]]::new()
            $null = $shell.BeginInvoke([System.Management.Automation.PSDataCollection[object]]::new(), $output)
            Should-BeTrue -Actual $Signal.Wait([TimeSpan]::FromMinutes(2)) -Because 'the measurement reaches the step under test'
            Start-Sleep -Milliseconds ([int] (& $Into).TotalMilliseconds)
            Should-BeFalse -Actual ($shell.InvocationStateInfo.State -eq 'Completed') -Because 'the step under test is still running'

            $timer = [Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            $timer.Stop()
            Should-Be -Expected 'Stopped' -Actual $shell.InvocationStateInfo.State.ToString()
            Should-Be -Expected 0 -Actual $output.Count -Because 'a stopped measurement writes no row'
            $timer.Elapsed
        }
        finally {
            $shell.Dispose()
        }
    }
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Measure-DeepCopy and Ctrl+C' {
    It 'stops while it checks a row''s copy of a big graph, without waiting for the whole comparison' {
        $graph = [DeepCopyMeasureStopTestGraph]::Arrays(300000)
        $copy = Copy-DeepObject $graph -Strategy Reflection
        $timer = [Diagnostics.Stopwatch]::StartNew()
        $null = Compare-DeepObject $graph $copy -Independence -MaxDifferences 1
        $comparison = $timer.Elapsed
        $copy = $null
        $copied = [System.Threading.ManualResetEventSlim]::new($false)
        try {
            # The marker's copier runs on the measuring thread as the row's first copy ends; the check follows it.
            $stopTook = Stop-InTheMiddle -Signal $copied -Into { [timespan]::FromTicks($comparison.Ticks / 5) } -Parameters @{ Graph = $graph; Copied = $copied } -Script @'
Set-DeepCopyTypePolicy -Type ([DeepCopyMeasureStopTestGraph+Marker]) -Policy { $Copied.Set(); [DeepCopyMeasureStopTestGraph+Marker]::new() }
Measure-DeepCopy -InputObject $Graph -Strategy Reflection -Warmup 0 -Iterations 1
'@
        }
        finally {
            $copied.Dispose()
        }

        Should-BeLessThan -Expected ($comparison.TotalSeconds / 2) -Actual $stopTook.TotalSeconds -Because "one comparison of the graph took $comparison; Stop() took $stopTook"
    }

    It 'stops the PSSerializer baseline in the middle of its CLIXML round trip' {
        $graph = [DeepCopyMeasureStopTestGraph]::Hashtables(60000, $false)
        $timer = [Diagnostics.Stopwatch]::StartNew()
        $null = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($graph, 4))
        $roundTrip = $timer.Elapsed
        $begun = [System.Threading.ManualResetEventSlim]::new($false)
        try {
            # The serializer reads the first element's script property before any other: the round trip has begun.
            $stopTook = Stop-InTheMiddle -Signal $begun -Into { [timespan]::FromTicks($roundTrip.Ticks / 5) } -Parameters @{ Graph = $graph; Begun = $begun } -Script @'
$first = [pscustomobject]@{ n = 0 } | Add-Member -MemberType ScriptProperty -Name Begun -Value { $Begun.Set(); 1 }.GetNewClosure() -PassThru
$list = [System.Collections.Generic.List[object]]::new()
$list.Add($first)
$list.AddRange($Graph)
Measure-DeepCopy -InputObject $list -Strategy Reflection -Baseline PSSerializer -Warmup 0 -Iterations 1
'@
        }
        finally {
            $begun.Dispose()
        }

        Should-BeLessThan -Expected ($roundTrip.TotalSeconds / 2) -Actual $stopTook.TotalSeconds -Because "one round trip took $roundTrip; Stop() took $stopTook"
    }

    It 'stops the ConvertToJson baseline while it reads the JSON text back' {
        $written = [System.Threading.ManualResetEventSlim]::new($false)
        $times = [hashtable]::Synchronized(@{})
        try {
            # A ConvertTo-Json function in the runspace shadows the cmdlet, as the baseline's script resolves commands
            # in the caller's scope. It returns at once a text of a million empty objects, which takes seconds to read
            # back, and signals: a stop a tenth of that read later still comes in the middle of the read even when this
            # thread wakes late (a collection of the reader's objects pauses both threads). Reading a tenth of the text
            # in the same runspace, just before, times the read.
            $stopTook = Stop-InTheMiddle -Signal $written -Into { $times.TenthRead } -Parameters @{ Written = $written; Times = $times } -Script @'
$text = '[' + ('{},' * 999999) + '{}]'
$tenth = '[' + ('{},' * 99999) + '{}]'
function global:ConvertTo-Json {
    [CmdletBinding()]
    param([object] $InputObject, [int] $Depth, [switch] $Compress)
    $Written.Set()
    $text
}
$null = ConvertFrom-Json -InputObject '[{},{}]' -AsHashtable
$timer = [Diagnostics.Stopwatch]::StartNew()
$null = ConvertFrom-Json -InputObject $tenth -AsHashtable
$Times.TenthRead = $timer.Elapsed
Measure-DeepCopy -InputObject @{ a = 1 } -Strategy Reflection -Baseline ConvertToJson -Warmup 0 -Iterations 1
'@
        }
        finally {
            $written.Dispose()
        }

        Should-BeLessThan -Expected ($times.TenthRead.TotalSeconds * 10 / 4) -Actual $stopTook.TotalSeconds -Because "in that runspace, reading a tenth of the text took $($times.TenthRead); Stop() took $stopTook"
    }
}
