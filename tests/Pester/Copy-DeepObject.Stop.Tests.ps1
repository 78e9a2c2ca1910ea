#Requires -Version 7.2
# Ctrl+C during one long Copy-DeepObject call: PowerShell's Stop() reaches StopProcessing, which must cancel the copy
# in the middle of the graph, not after it. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH.

BeforeAll {
    $script:ModulePath = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    Import-Module $ModulePath -Force

    # Built in C#: filling millions of objects from script would take longer than the copy under test.
    Add-Type -TypeDefinition @'
public static class DeepCopyStopTestGraph
{
    public sealed class Marker
    {
    }

    public static object[] Lists(int count)
    {
        var lists = new object[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = new System.Collections.Generic.List<int> { i };
        }

        // Halfway: the test stops the copy when it gets here, so half the graph is still to copy.
        lists[count / 2] = new Marker();
        return lists;
    }
}
'@
    $script:Big = [DeepCopyStopTestGraph]::Lists(1000000)
}

AfterAll {
    $script:Big = $null
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copy-DeepObject and Ctrl+C' {
    It 'stops one copy of a big graph promptly with <Strategy>, and writes no copy' -ForEach @(
        @{ Strategy = 'Reflection' }, @{ Strategy = 'Compiled' }, @{ Strategy = 'Pooled' }, @{ Strategy = 'Auto' }
    ) {
        $halfway = [System.Threading.ManualResetEventSlim]::new($false)
        $shell = [powershell]::Create()
        try {
            # One script, not two statements: only a single pipeline can write into an output collection of ours. The
            # marker's copier signals that the copy is halfway, so Stop() comes in the middle on any machine.
            $null = $shell.AddScript(@'
param($Path, $Graph, $Strategy, $Halfway)
Import-Module $Path
$marker = { $Halfway.Set(); [DeepCopyStopTestGraph+Marker]::new() }
Copy-DeepObject -InputObject $Graph -Strategy $Strategy -TypePolicy @{ [DeepCopyStopTestGraph+Marker] = $marker }
'@)
            $null = $shell.AddParameter('Path', $ModulePath).AddParameter('Graph', $Big).AddParameter('Strategy', $Strategy).AddParameter('Halfway', $halfway)
            $output = [System.Management.Automation.PSDataCollection[object]]::new()
            $null = $shell.BeginInvoke([System.Management.Automation.PSDataCollection[object]]::new(), $output)
            Should-BeTrue -Actual $halfway.Wait([TimeSpan]::FromSeconds(60)) -Because 'the copy reaches the marker halfway through the graph'

            $timer = [Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            Should-BeLessThan -Expected 5 -Actual $timer.Elapsed.TotalSeconds
            Should-Be -Expected 'Stopped' -Actual $shell.InvocationStateInfo.State.ToString()
            Should-Be -Expected 0 -Actual $output.Count -Because 'a stopped copy is never written as if it were whole'
        }
        finally {
            $shell.Dispose()
            $halfway.Dispose()
        }
    }
}
