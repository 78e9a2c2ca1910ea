#Requires -Version 7.2
<#
.SYNOPSIS
    Runs the Pester tests and writes their counts to a JSON file. build.ps1 starts it in a child pwsh.
.DESCRIPTION
    A child process keeps the module's DLLs out of the build's own process, and every run starts from a
    clean session. Pester's console output is left as it is; the counts and the failures go to
    -ResultPath as JSON, which build.ps1 reads:
        { "Passed": 3, "Failed": 1, "Failures": [ "Describe.It: message" ] }
    A failed AfterAll block and a test file that cannot run count as failures too.
    The exit code is 0 when nothing failed, 1 when a test failed, and 2 when the run itself broke.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $TestPath,
    [Parameter(Mandatory)] [string] $ResultPath
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Get-FailureText([string] $Name, $ErrorRecords) {
    $messages = @($ErrorRecords | ForEach-Object { $_.Exception.Message.Trim() })
    if ($messages.Count -eq 0) { $messages = @('no error of its own: a setup block around it failed') }
    return "${Name}: $($messages -join ' | ')"
}

function Test-HasFailedTest($Run, $Block) {
    # A failed BeforeAll fails every test under it, and those tests are counted already.
    $prefix = "$($Block.ExpandedPath)."
    return [bool] @($Run.Failed | Where-Object { $_.ExpandedPath.StartsWith($prefix, [StringComparison]::Ordinal) }).Count
}

function ConvertTo-RunSummary($Run) {
    # Counted as failures: failed tests, failed blocks with no failed test under them (AfterAll), and test
    # files that could not run at all (a parse error, a failing BeforeDiscovery).
    $blocks = @($Run.FailedBlocks | Where-Object { -not (Test-HasFailedTest $Run $_) })
    $failures = @(
        foreach ($test in $Run.Failed) { Get-FailureText $test.ExpandedPath $test.ErrorRecord }
        foreach ($block in $Run.FailedBlocks) { Get-FailureText "$($block.ExpandedPath) (BeforeAll/AfterAll)" $block.ErrorRecord }
        foreach ($container in $Run.FailedContainers) { Get-FailureText "$($container.Item) (test file)" $container.ErrorRecord }
    )
    return [ordered]@{
        Passed   = $Run.PassedCount
        Failed   = $Run.FailedCount + $blocks.Count + $Run.FailedContainersCount
        Skipped  = $Run.SkippedCount
        NotRun   = $Run.NotRunCount
        Failures = $failures
    }
}

try {
    $null = New-Item -ItemType Directory -Path (Split-Path -Parent $ResultPath) -Force
    $testFiles = @(Get-ChildItem -LiteralPath $TestPath -Filter '*.Tests.ps1' -File -ErrorAction Ignore)
    if ($testFiles.Count -eq 0) {
        Write-Host "No *.Tests.ps1 files in $TestPath."
        $summary = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0; NotRun = 0; Failures = @() }
    }
    else {
        Import-Module -Name (Resolve-Path -LiteralPath $PesterPath).Path -Force
        $configuration = New-PesterConfiguration
        $configuration.Run.Path = $testFiles.FullName
        $configuration.Run.PassThru = $true
        $configuration.Output.Verbosity = 'Detailed'
        # Colour codes only where someone sees colours; a CI log gets plain text.
        if ([Console]::IsOutputRedirected) { $configuration.Output.RenderMode = 'Plaintext' }
        $configuration.TestResult.Enabled = $true
        $configuration.TestResult.OutputFormat = 'JUnitXml'
        $configuration.TestResult.OutputPath = [IO.Path]::ChangeExtension($ResultPath, '.junit.xml')
        $summary = ConvertTo-RunSummary (Invoke-Pester -Configuration $configuration)
    }
    $summary | ConvertTo-Json -Depth 3 | Set-Content -LiteralPath $ResultPath -Encoding utf8NoBOM
    exit [int] ($summary.Failed -gt 0)
}
catch {
    Write-Host "The Pester run failed: $_" -ForegroundColor Red
    Write-Host $_.ScriptStackTrace
    exit 2
}
