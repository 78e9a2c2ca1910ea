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
    public static object[] Lists(int count)
    {
        var lists = new object[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = new System.Collections.Generic.List<int> { i };
        }

        return lists;
    }
}
'@
    # Three million lists: seconds to copy on any machine, so the copy is still running when Stop() comes.
    $script:Big = [DeepCopyStopTestGraph]::Lists(3000000)
}

AfterAll {
    $script:Big = $null
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copy-DeepObject and Ctrl+C' {
    It 'stops one copy of a big graph promptly with <Strategy>, and writes no copy' -ForEach @(
        @{ Strategy = 'Reflection' }, @{ Strategy = 'Compiled' }, @{ Strategy = 'Pooled' }, @{ Strategy = 'Auto' }
    ) {
        $shell = [powershell]::Create()
        try {
            # One script, not two statements: only a single pipeline can write into an output collection of ours.
            $null = $shell.AddScript('param($Path, $Graph, $Strategy) Import-Module $Path; Copy-DeepObject -InputObject $Graph -Strategy $Strategy')
            $null = $shell.AddParameter('Path', $ModulePath).AddParameter('Graph', $Big).AddParameter('Strategy', $Strategy)
            $output = [System.Management.Automation.PSDataCollection[object]]::new()
            $pending = $shell.BeginInvoke([System.Management.Automation.PSDataCollection[object]]::new(), $output)
            Start-Sleep -Milliseconds 700
            Should-BeFalse -Actual $pending.IsCompleted -Because 'copying three million lists takes seconds'

            $timer = [Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            Should-BeLessThan -Expected 2 -Actual $timer.Elapsed.TotalSeconds
            Should-Be -Expected 'Stopped' -Actual $shell.InvocationStateInfo.State.ToString()
            Should-Be -Expected 0 -Actual $output.Count -Because 'a stopped copy is never written as if it were whole'
        }
        finally {
            $shell.Dispose()
        }
    }
}
