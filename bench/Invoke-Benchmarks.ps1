#Requires -Version 7.2
<#
.SYNOPSIS
    Runs the BenchmarkDotNet suite in bench/DeepCopy.Benchmarks. build.ps1 -Task Bench calls it.

.DESCRIPTION
    Short mode (the default) uses BenchmarkDotNet's short job (1 launch, 3 warm-up and 3 measured
    iterations), so the whole suite ends in minutes on a 2-core machine. -Full uses the default job, for
    numbers worth publishing. Every workload is one table, fastest first, with a Ratio column against the
    workload's hand-written copier. Reports (markdown, CSV, HTML, full JSON) go to
    out/BenchmarkDotNet.Artifacts/results.

    -CheckAllocations then measures the same workloads, built by the same code (the benchmark assembly's
    Workloads classes), with Measure-DeepCopy in a child pwsh against the staged module, and compares each
    strategy's AllocatedBytesPerCopy with MemoryDiagnoser's bytes per operation. It fails when any pair
    differs by more than -AllowedDifference, and writes the comparison to results/allocation-agreement.md.

.EXAMPLE
    dotnet pwsh ./bench/Invoke-Benchmarks.ps1

.EXAMPLE
    dotnet pwsh ./bench/Invoke-Benchmarks.ps1 -Filter '*Hashtable*', '*Poco*' -CheckAllocations -ModulePath ./out/DeepCopy
#>
[CmdletBinding()]
param(
    # The default job instead of the short one: more launches and iterations, and much longer.
    [switch] $Full,

    # BenchmarkDotNet --filter globs, matched against Namespace.Class.Method.
    [string[]] $Filter = @('*'),

    [string] $Configuration = 'Release',

    [string] $ArtifactsPath = (Join-Path $PSScriptRoot '../out/BenchmarkDotNet.Artifacts'),

    # Compare Measure-DeepCopy's bytes per copy with MemoryDiagnoser's after the run.
    [switch] $CheckAllocations,

    # Do not run the suite; with -CheckAllocations, compare against the reports already in -ArtifactsPath.
    [switch] $SkipRun,

    # The staged module that -CheckAllocations imports (build.ps1 stages it at out/DeepCopy).
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/DeepCopy'),

    [double] $AllowedDifference = 0.10
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $false

$Project = Join-Path $PSScriptRoot 'DeepCopy.Benchmarks/DeepCopy.Benchmarks.csproj'
$ArtifactsPath = [IO.Path]::GetFullPath($ArtifactsPath)
$ResultsDir = Join-Path $ArtifactsPath 'results'
# The workloads whose graphs -CheckAllocations rebuilds, by benchmark class. The chain and the arrays are left
# out: their bytes are one array or one node per element, with nothing for the two tools to disagree about.
$CheckedWorkloads = [ordered]@{
    HashtableGraphBenchmarks      = '[DeepCopy.Benchmarks.Workloads.HashtableWorkload]::Build()'
    PSCustomObjectGraphBenchmarks = '[DeepCopy.Benchmarks.Workloads.PSCustomObjectWorkload]::Build()'
    PocoGraphBenchmarks           = '[DeepCopy.Benchmarks.Workloads.PocoWorkload]::Build()'
}

function Invoke-Native([string] $FilePath, [string[]] $ArgumentList, [string] $FailureMessage) {
    # A process of its own on this console: its output is shown as it comes and never returned to a caller
    # such as build.ps1, and arguments are passed as they are (no wildcard expansion of '*' on Unix).
    $startInfo = [System.Diagnostics.ProcessStartInfo]::new($FilePath)
    $startInfo.UseShellExecute = $false
    foreach ($argument in $ArgumentList) { $startInfo.ArgumentList.Add($argument) }
    $process = [System.Diagnostics.Process]::Start($startInfo)
    try {
        $process.WaitForExit()
        if ($process.ExitCode -ne 0) { throw "$FailureMessage (exit code $($process.ExitCode))." }
    }
    finally {
        $process.Dispose()
    }
}

function Invoke-Suite {
    Write-Host "==> Building $Project ($Configuration)" -ForegroundColor Cyan
    Invoke-Native 'dotnet' @('build', $Project, '-c', $Configuration, '-nologo') 'The benchmark project did not build'

    $arguments = @('run', '--project', $Project, '-c', $Configuration, '--no-build', '--', '--filter') + $Filter +
        @('--artifacts', $ArtifactsPath)
    if (-not $Full) { $arguments += @('--job', 'short') }
    Write-Host "==> Running the benchmarks ($(if ($Full) { 'full' } else { 'short job' }))" -ForegroundColor Cyan
    Invoke-Native 'dotnet' $arguments 'A benchmark failed'
    Write-Host "    Reports: $ResultsDir" -ForegroundColor Cyan
}

function Get-MemoryDiagnoserBytes([string] $ClassName) {
    # One value per strategy: the DeepCopy(strategy) rows of the class's full JSON report.
    $report = Join-Path $ResultsDir "DeepCopy.Benchmarks.Benchmarks.$ClassName-report-full.json"
    if (-not (Test-Path -LiteralPath $report)) { return @{} }
    $bytes = @{}
    foreach ($benchmark in (Get-Content -LiteralPath $report -Raw | ConvertFrom-Json).Benchmarks) {
        if ($benchmark.Method -eq 'DeepCopy' -and $benchmark.Parameters -match '^strategy=(\w+)$') {
            $bytes[$Matches[1]] = [long] $benchmark.Memory.BytesAllocatedPerOperation
        }
    }
    return $bytes
}

function Get-PwshCommand {
    # Under `dotnet pwsh` (the repository's local tool) this process is the dotnet host running pwsh.dll.
    $process = (Get-Process -Id $PID).Path
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { return @($process, (Join-Path $PSHOME 'pwsh.dll')) }
    return @($process)
}

function Measure-WithCmdlet([string] $BuildExpression) {
    # A child pwsh, so neither the module nor the benchmark assembly is loaded (and locked) in this process.
    # It prints its rows as one line of JSON.
    $assembly = Join-Path $PSScriptRoot "DeepCopy.Benchmarks/bin/$Configuration/net10.0/DeepCopy.Benchmarks.dll"
    $quote = { param([string] $Text) "'" + $Text.Replace("'", "''") + "'" }
    $script = @(
        "`$ErrorActionPreference = 'Stop'"
        # First the module: the benchmark assembly then binds to the module's DeepCopy.Core.
        "Import-Module $(& $quote (Resolve-Path -LiteralPath $ModulePath).Path)"
        "Add-Type -LiteralPath $(& $quote $assembly)"
        "`$graph = $BuildExpression"
        'ConvertTo-Json -Compress -InputObject @(Measure-DeepCopy -InputObject $graph | Select-Object Strategy, AllocatedBytesPerCopy, Error)'
    ) -join "`n"
    $pwsh = @(Get-PwshCommand)
    $output = & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $script
    if ($LASTEXITCODE -ne 0) { throw "Measure-DeepCopy failed in the child pwsh (exit code $LASTEXITCODE): $output" }
    return @($output)[-1] | ConvertFrom-Json
}

function Test-AllocationAgreement {
    Write-Host '==> Comparing Measure-DeepCopy with MemoryDiagnoser (bytes per copy)' -ForegroundColor Cyan
    $comparisons = foreach ($className in $CheckedWorkloads.Keys) {
        $expected = Get-MemoryDiagnoserBytes $className
        if ($expected.Count -eq 0) {
            Write-Host "    $className`: not in this run's results, skipped."
            continue
        }
        foreach ($row in Measure-WithCmdlet $CheckedWorkloads[$className]) {
            if (-not $expected.ContainsKey($row.Strategy)) { continue }
            $diagnoser = $expected[$row.Strategy]
            $cmdlet = $row.AllocatedBytesPerCopy
            # Like for like only: the Json strategy builds PowerShell shapes in a session but plain dictionaries in
            # the benchmark, which registers no PowerShell adapters for it. (PSObject rows are like for like since
            # copies stopped rebuilding type names that were only read, which the cmdlet's verification does.)
            $hostDependent = $row.Strategy -eq 'Json'
            [pscustomobject]@{
                Workload         = $className -replace 'Benchmarks$'
                Strategy         = $row.Strategy
                Compared         = -not $hostDependent
                MemoryDiagnoser  = $diagnoser
                'Measure-DeepCopy' = $cmdlet
                Difference       = if ($null -eq $cmdlet -or $diagnoser -eq 0) { $null } else { ($cmdlet - $diagnoser) / $diagnoser }
                Error            = $row.Error
            }
        }
    }
    $comparisons | Format-Table Workload, Strategy, MemoryDiagnoser, 'Measure-DeepCopy',
        @{ Name = 'Difference'; Expression = { if ($null -ne $_.Difference) { '{0:+0.00;-0.00;0.00} %' -f (100 * $_.Difference) } else { $_.Error } } },
        @{ Name = 'Checked'; Expression = { if ($_.Compared) { 'yes' } else { 'no: host-dependent' } } } |
        Out-Host

    $lines = @('| Workload | Strategy | MemoryDiagnoser (B/op) | Measure-DeepCopy (B/copy) | Difference | Checked |', '|---|---|--:|--:|--:|---|')
    foreach ($c in $comparisons) {
        $difference = if ($null -ne $c.Difference) { '{0:+0.00;-0.00;0.00} %' -f (100 * $c.Difference) } else { "n/a: $($c.Error)" }
        $checked = if ($c.Compared) { 'yes' } else { 'no: host-dependent' }
        $lines += "| $($c.Workload) | $($c.Strategy) | $($c.MemoryDiagnoser) | $($c.'Measure-DeepCopy') | $difference | $checked |"
    }
    Set-Content -LiteralPath (Join-Path $ResultsDir 'allocation-agreement.md') -Value $lines -Encoding utf8NoBOM

    $disagreeing = @($comparisons | Where-Object { $_.Compared -and ($null -eq $_.Difference -or [Math]::Abs($_.Difference) -gt $AllowedDifference) })
    if (@($comparisons).Count -eq 0) { throw 'No workload to compare: run the Hashtable, PSCustomObject or Poco benchmarks first.' }
    if ($disagreeing.Count -gt 0) {
        throw "Measure-DeepCopy and MemoryDiagnoser disagree by more than $($AllowedDifference * 100) % on: $(($disagreeing | ForEach-Object { "$($_.Workload)/$($_.Strategy)" }) -join ', ')."
    }
}

if (-not $SkipRun) { Invoke-Suite }
if ($CheckAllocations) { Test-AllocationAgreement }
