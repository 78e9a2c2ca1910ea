# Helpers for tests that need a fresh PowerShell process: a clean session, with no module or assembly loaded by
# Pester or by another test. Dot-source it from BeforeAll. It is not a *.Tests.ps1 file, so the runner skips it.

function Get-PwshLaunch {
    # The same PowerShell as this one. Under `dotnet pwsh` (the repository's local tool) this process is the dotnet
    # host running pwsh.dll, so the child is started that way too.
    $hostPath = (Get-Process -Id $PID).Path
    $prefix = @()
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { $prefix = @(Join-Path $PSHOME 'pwsh.dll') }
    return [pscustomobject]@{ FilePath = $hostPath; Prefix = $prefix }
}

function Invoke-FreshPwsh {
    <#
    .SYNOPSIS
        Runs a script in a new `pwsh -NoProfile -NonInteractive` and returns its exit code, output and result.
    .DESCRIPTION
        The script runs with StrictMode 3 and $ErrorActionPreference = 'Stop', so any error ends it with a non-zero
        exit code. It hands structured data back with Write-TestResult, which writes JSON to a file; that keeps the
        result apart from anything the child prints. -Environment adds variables to the child's environment; a
        $null value removes one. -File runs an existing script instead, with -ArgumentList.
    #>
    param(
        [string] $Script,
        [string] $File,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{},
        [int] $TimeoutSeconds = 300
    )
    $work = Join-Path ([IO.Path]::GetTempPath()) "deepcopy-pwsh-$([guid]::NewGuid().ToString('N'))"
    $null = New-Item -ItemType Directory -Path $work
    try {
        $resultPath = Join-Path $work 'result.json'
        if (-not $File) {
            $File = Join-Path $work 'script.ps1'
            $preamble = @(
                'Set-StrictMode -Version 3.0'
                '$ErrorActionPreference = ''Stop'''
                '$PSStyle.OutputRendering = ''PlainText''   # error text without colour codes, for test messages'
                'function Write-TestResult($Value) {'
                '    $Value | ConvertTo-Json -Depth 8 | Set-Content -LiteralPath $env:DEEPCOPY_TEST_RESULT -Encoding utf8NoBOM'
                '}'
            ) -join "`n"
            Set-Content -LiteralPath $File -Value "$preamble`n$Script" -Encoding utf8NoBOM
        }

        $launch = Get-PwshLaunch
        $startInfo = [System.Diagnostics.ProcessStartInfo]::new($launch.FilePath)
        $startInfo.UseShellExecute = $false
        # The child starts in its own scratch folder, so anything a tool writes relative to it is thrown away.
        $startInfo.WorkingDirectory = $work
        $startInfo.RedirectStandardOutput = $true
        $startInfo.RedirectStandardError = $true
        foreach ($argument in @($launch.Prefix) + '-NoProfile' + '-NonInteractive' + '-File' + $File + $ArgumentList) {
            $startInfo.ArgumentList.Add($argument)
        }
        $startInfo.Environment['DEEPCOPY_TEST_RESULT'] = $resultPath
        foreach ($name in $Environment.Keys) {
            if ($null -eq $Environment[$name]) { $null = $startInfo.Environment.Remove($name) }
            else { $startInfo.Environment[$name] = [string] $Environment[$name] }
        }

        $process = [System.Diagnostics.Process]::Start($startInfo)
        try {
            # Both streams are drained at once, so a chatty child cannot fill one pipe and block.
            $stdout = $process.StandardOutput.ReadToEndAsync()
            $stderr = $process.StandardError.ReadToEndAsync()
            if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
                $process.Kill($true)
                throw "The child pwsh did not finish within $TimeoutSeconds seconds."
            }
            $process.WaitForExit()
            $result = $null
            if (Test-Path -LiteralPath $resultPath) { $result = Get-Content -LiteralPath $resultPath -Raw | ConvertFrom-Json }
            return [pscustomobject]@{
                ExitCode = $process.ExitCode
                Output   = $stdout.Result
                Errors   = $stderr.Result
                Result   = $result
            }
        }
        finally {
            $process.Dispose()
        }
    }
    finally {
        Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction Ignore
    }
}

function Format-ChildFailure($Run) {
    # A readable reason for an assertion on a child's exit code.
    return "the child pwsh exited with code $($Run.ExitCode).`nstderr: $($Run.Errors)`nstdout: $($Run.Output)"
}

. (Join-Path $PSScriptRoot '../../../build/SandboxEnvironment.ps1')
