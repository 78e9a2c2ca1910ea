#Requires -Version 7.2
<#
.SYNOPSIS
    Builds, tests and demonstrates the DeepCopy module.

.DESCRIPTION
    Build    Compiles src/Cmdlets and stages a loadable module folder at out/DeepCopy.
    Package  Build, then packs out/DeepCopy into out/packages/DeepCopy.<version>.nupkg, the package format of
             the PowerShell Gallery, by publishing it with PSResourceGet to a temporary local repository.
    Test     Build and Package, then the xunit tests (tests/Unit) and the Pester tests (tests/Pester, run in
             a child pwsh against out/DeepCopy and out/packages). The last line printed is always
             'Tests: N passed, N failed'.
    Demo     Build, then runs samples/Demo.ps1 in a child pwsh: deep copies of the bundled sample data.
    Bench    Build, then the BenchmarkDotNet suite in bench/ (short job; -Full for the full one), and the check
             that Measure-DeepCopy and MemoryDiagnoser agree on bytes per copy. See docs/benchmarks.md.
    Fuzz     The long fuzz run: -Count random graphs per strategy (default 100000) from -Seed (default random),
             through the fuzz tests in tests/Unit/Fuzz. Prints every failing seed; see docs/reliability.md.

    Run it from a fresh clone with the repository's own PowerShell:
        dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test

    To add a task: add its name to the ValidateSet, write an Invoke-<Name>Task function, and add it to
    the switch at the bottom of this file.

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Demo
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Package', 'Test', 'Demo', 'Bench', 'Fuzz')]
    [string] $Task = 'Build',

    [string] $Configuration = 'Release',

    # Bench: the full BenchmarkDotNet job instead of the short one (tens of minutes instead of a few).
    [switch] $Full,

    # Fuzz only: graphs per strategy, and the seed of the first graph (graph i uses Seed + i).
    [ValidateRange(1, [int]::MaxValue)]
    [int] $Count = 100000,

    [Nullable[int]] $Seed
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
# Native commands report failure through their exit codes, which every caller below checks itself.
$PSNativeCommandUseErrorActionPreference = $false

$RepoRoot = $PSScriptRoot
$OutDir = Join-Path $RepoRoot 'out'
$ModuleDir = Join-Path $OutDir 'DeepCopy'
$PackageDir = Join-Path $OutDir 'packages'
$ResultsDir = Join-Path $OutDir 'TestResults'
$ToolsDir = Join-Path $RepoRoot 'tools'
$CmdletsProject = Join-Path $RepoRoot 'src/Cmdlets/DeepCopy.csproj'
$UnitTestProject = Join-Path $RepoRoot 'tests/Unit/DeepCopy.Tests.csproj'
$PesterTestsDir = Join-Path $RepoRoot 'tests/Pester'
$PesterVersion = '6.2.0'   # Keep in step with build/Tools.proj.

# Module staging lives in its own file; dot-sourced so it shares this script's variables and helpers.
. (Join-Path $RepoRoot 'build/ModuleStaging.ps1')

#region Helpers

function Write-Step([string] $Message) {
    Write-Host "==> $Message" -ForegroundColor Cyan
}

function Invoke-Process {
    <#
    .SYNOPSIS
        Runs a program with this console as its console, and returns its exit code.
    .DESCRIPTION
        The child writes straight to our stdout and stderr, so its output (with colours) shows as it
        happens and never ends up in a function's return value. Arguments are passed one by one, so
        paths with spaces need no quoting. An -Environment entry whose value is $null removes that variable
        from the child's environment.
    #>
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{}
    )
    $startInfo = [System.Diagnostics.ProcessStartInfo]::new($FilePath)
    $startInfo.UseShellExecute = $false
    $startInfo.WorkingDirectory = $RepoRoot
    foreach ($argument in $ArgumentList) { $startInfo.ArgumentList.Add($argument) }
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { $null = $startInfo.Environment.Remove($name) }
        else { $startInfo.Environment[$name] = [string] $Environment[$name] }
    }

    $process = [System.Diagnostics.Process]::Start($startInfo)
    try {
        $process.WaitForExit()
        return $process.ExitCode
    }
    finally {
        $process.Dispose()
    }
}

function Invoke-ChildPwsh([string[]] $ArgumentList, [hashtable] $Environment = @{}) {
    # The children run on the same PowerShell as this script. Under `dotnet pwsh` (the repository's local
    # tool) this process is the dotnet host running pwsh.dll, so the child is started the same way.
    $hostPath = (Get-Process -Id $PID).Path
    $prefix = @()
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { $prefix = @(Join-Path $PSHOME 'pwsh.dll') }
    return Invoke-Process -FilePath $hostPath -Environment $Environment `
        -ArgumentList ($prefix + '-NoProfile' + '-NonInteractive' + $ArgumentList)
}

function Invoke-Dotnet([string[]] $ArgumentList, [string] $FailureMessage) {
    $exitCode = Invoke-Process -FilePath 'dotnet' -ArgumentList $ArgumentList
    if ($exitCode -ne 0) { throw "$FailureMessage (dotnet exited with code $exitCode)." }
}

function Reset-Directory([string] $Path) {
    if (Test-Path -LiteralPath $Path) { Remove-Item -LiteralPath $Path -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $Path -Force
}

function Get-ModuleVersion {
    # Directory.Build.props is the single source of the version; the manifest in the repo only mirrors it.
    $propsPath = Join-Path $RepoRoot 'Directory.Build.props'
    $node = ([xml] (Get-Content -LiteralPath $propsPath -Raw)).SelectSingleNode('//*[local-name()="VersionPrefix"]')
    if ($null -eq $node -or [string]::IsNullOrWhiteSpace($node.InnerText)) {
        throw "No <VersionPrefix> in $propsPath."
    }
    return $node.InnerText.Trim()
}

#endregion

#region Build

function Invoke-BuildTask {
    Write-Step "Building $([IO.Path]::GetRelativePath($RepoRoot, $CmdletsProject)) ($Configuration)"
    Invoke-Dotnet -ArgumentList 'build', $CmdletsProject, '-c', $Configuration, '-nologo' `
        -FailureMessage 'The build of src/Cmdlets failed'
    Publish-ModuleFolder
}

#endregion

#region Package

function Invoke-PackageTask {
    Invoke-BuildTask
    Publish-ModulePackage
}

function Publish-ModulePackage {
    <#
    .SYNOPSIS
        Packs the staged module into out/packages/DeepCopy.<version>.nupkg with PSResourceGet.
    .DESCRIPTION
        build/Publish-ModulePackage.ps1 publishes out/DeepCopy to a temporary local file repository, so the package is
        exactly what Publish-PSResource would upload to the PowerShell Gallery: the module files at the root of the
        nupkg and a nuspec made from the manifest. Nothing leaves the machine.

        It runs in a child pwsh whose HOME is a throw-away folder: PSResourceGet keeps its repository list under the
        user's profile, and the temporary repository must never appear in (or linger in) the real one. On Windows the
        profile cannot be redirected through the environment; there the script still unregisters its repository in a
        finally block.
    #>
    Write-Step "Packing $([IO.Path]::GetRelativePath($RepoRoot, $ModuleDir)) into $([IO.Path]::GetRelativePath($RepoRoot, $PackageDir))"
    Reset-Directory $PackageDir
    $sandbox = Join-Path ([IO.Path]::GetTempPath()) "deepcopy-package-$([guid]::NewGuid().ToString('N'))"
    $null = New-Item -ItemType Directory -Path $sandbox
    try {
        $exitCode = Invoke-ChildPwsh -Environment (Get-SandboxEnvironment $sandbox) -ArgumentList @(
            '-File', (Join-Path $RepoRoot 'build/Publish-ModulePackage.ps1'),
            '-ModulePath', $ModuleDir, '-OutputPath', $PackageDir, '-WorkPath', $sandbox)
        if ($exitCode -ne 0) { throw "build/Publish-ModulePackage.ps1 failed (exit code $exitCode)." }
    }
    finally {
        Remove-Item -LiteralPath $sandbox -Recurse -Force -ErrorAction Ignore
    }

    $expected = Join-Path $PackageDir "DeepCopy.$(Get-ModuleVersion).nupkg"
    if (-not (Test-Path -LiteralPath $expected)) { throw "Packing did not produce $expected." }
    Write-Host "    $([IO.Path]::GetRelativePath($RepoRoot, $expected))"
}

. (Join-Path $PSScriptRoot 'build/SandboxEnvironment.ps1')

#endregion

#region Test

function Invoke-TestTask {
    # The task always ends with the summary line, whatever failed on the way.
    $tally = [pscustomobject]@{
        Passed   = 0
        Failed   = 0
        Failures = [System.Collections.Generic.List[string]]::new()
        Errors   = [System.Collections.Generic.List[string]]::new()
    }
    try {
        Invoke-BuildTask
        Reset-Directory $ResultsDir
        # A packing failure is reported, and the tests still run: tests/Pester/Package.Tests.ps1 then packs by itself.
        try { Publish-ModulePackage }
        catch { $tally.Errors.Add("Package: $($_.Exception.Message)") }
        Invoke-TestSuite -Tally $tally -Name 'xunit' -Run { Invoke-UnitTests }
        Invoke-TestSuite -Tally $tally -Name 'Pester' -Run { Invoke-PesterTests }
    }
    catch {
        $tally.Errors.Add($_.Exception.Message)
    }
    if ($tally.Passed + $tally.Failed -eq 0 -and $tally.Errors.Count -eq 0) {
        $tally.Errors.Add('No tests were found: neither tests/Unit nor tests/Pester ran a single test.')
    }
    Write-TestSummary $tally
    return [int] ($tally.Failed -gt 0 -or $tally.Errors.Count -gt 0)
}

function Invoke-TestSuite($Tally, [string] $Name, [scriptblock] $Run) {
    # One suite's crash is reported, and the other suite still runs.
    try {
        $result = & $Run
        $Tally.Passed += $result.Passed
        $Tally.Failed += $result.Failed
        foreach ($failure in $result.Failures) { $Tally.Failures.Add("[$Name] $failure") }
        Write-Host "    $Name`: $($result.Passed) passed, $($result.Failed) failed" -ForegroundColor Cyan
    }
    catch {
        $Tally.Errors.Add("$Name`: $($_.Exception.Message)")
    }
}

function Invoke-UnitTests {
    Write-Step 'Running the xunit tests (tests/Unit)'
    $trxPath = Join-Path $ResultsDir 'unit.trx'
    $exitCode = Invoke-Process -FilePath 'dotnet' -ArgumentList @(
        'test', $UnitTestProject, '-c', $Configuration, '--nologo',
        '--logger', 'trx;LogFileName=unit.trx', '--results-directory', $ResultsDir)

    if (-not (Test-Path -LiteralPath $trxPath)) {
        # No TRX and a clean exit means the project has no tests yet; anything else is a build failure or crash.
        if ($exitCode -eq 0) { return [pscustomobject]@{ Passed = 0; Failed = 0; Failures = @() } }
        throw "dotnet test exited with code $exitCode and wrote no results: the test project did not build, or the test host crashed."
    }
    $result = Read-TrxResult $trxPath
    if ($exitCode -ne 0 -and $result.Failed -eq 0) {
        throw "dotnet test exited with code $exitCode but no test failed: the run was aborted. $($result.RunErrors -join ' ')"
    }
    return $result
}

function Read-TrxResult([string] $Path) {
    $namespace = @{ t = 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010' }
    $trx = [xml] (Get-Content -LiteralPath $Path -Raw)
    $counters = (Select-Xml -Xml $trx -XPath '/t:TestRun/t:ResultSummary/t:Counters' -Namespace $namespace).Node
    $count = { param([string[]] $Names) [int] ($Names | ForEach-Object { [int] $counters.GetAttribute($_) } | Measure-Object -Sum).Sum }

    $failures = foreach ($hit in Select-Xml -Xml $trx -XPath '//t:UnitTestResult[@outcome="Failed"]' -Namespace $namespace) {
        $message = Select-Xml -Xml $hit.Node -XPath 't:Output/t:ErrorInfo/t:Message' -Namespace $namespace
        "$($hit.Node.GetAttribute('testName')): $(if ($message) { $message.Node.InnerText.Trim() })"
    }
    # The run's own messages, such as 'Test host process crashed', are the explanation when no test failed.
    $runErrors = foreach ($hit in Select-Xml -Xml $trx -XPath '//t:RunInfo[@outcome="Error"]/t:Text' -Namespace $namespace) {
        $hit.Node.InnerText.Trim()
    }
    return [pscustomobject]@{
        Passed    = & $count 'passed'
        # Tests that errored, timed out or were aborted did not pass either.
        Failed    = & $count 'failed', 'error', 'timeout', 'aborted'
        Failures  = @($failures)
        RunErrors = @($runErrors)
    }
}

function Invoke-PesterTests {
    Write-Step 'Running the Pester tests (tests/Pester) in a child pwsh'
    $pesterManifest = Install-Pester
    $resultPath = Join-Path $ResultsDir 'pester.json'
    $environment = @{ DEEPCOPY_MODULE_PATH = $ModuleDir; DEEPCOPY_PACKAGE_PATH = $PackageDir }
    $exitCode = Invoke-ChildPwsh -Environment $environment -ArgumentList @(
        '-File', (Join-Path $RepoRoot 'build/PesterRunner.ps1'),
        '-PesterPath', $pesterManifest, '-TestPath', $PesterTestsDir, '-ResultPath', $resultPath)

    # The child writes its counts to a file, so its console output can stay untouched.
    if (-not (Test-Path -LiteralPath $resultPath)) {
        throw "The Pester child process exited with code $exitCode before writing $resultPath."
    }
    return Get-Content -LiteralPath $resultPath -Raw | ConvertFrom-Json
}

function Install-Pester {
    $manifest = Join-Path $ToolsDir "nuget/pester/$PesterVersion/tools/Pester.psd1"
    if (-not (Test-Path -LiteralPath $manifest)) {
        Write-Step "Restoring Pester $PesterVersion from NuGet into tools/nuget"
        Invoke-Dotnet -ArgumentList 'restore', (Join-Path $RepoRoot 'build/Tools.proj'), '--packages', (Join-Path $ToolsDir 'nuget'), '-nologo' `
            -FailureMessage 'Restoring Pester from NuGet failed'
    }
    if (-not (Test-Path -LiteralPath $manifest)) { throw "Pester was restored, but $manifest does not exist." }
    return $manifest
}

function Format-Indented([string] $Text) {
    # Indents the later lines of a multi-line message, so each message reads as one block.
    return $Text.Trim() -replace '\r?\n', "`n      "
}

function Write-TestSummary($Tally) {
    Write-Host ''
    if ($Tally.Failures.Count -gt 0) {
        Write-Host 'Failed tests:' -ForegroundColor Red
        foreach ($failure in $Tally.Failures) { Write-Host ('  ' + (Format-Indented $failure)) -ForegroundColor Red }
    }
    foreach ($message in $Tally.Errors) { Write-Host ('ERROR: ' + (Format-Indented $message)) -ForegroundColor Red }
    Write-Host "Tests: $($Tally.Passed) passed, $($Tally.Failed) failed"
}

#endregion

#region Demo

function Invoke-DemoTask {
    Invoke-BuildTask
    Write-Step 'Running samples/Demo.ps1 in a child pwsh'
    $exitCode = Invoke-ChildPwsh -ArgumentList '-File', (Join-Path $RepoRoot 'samples/Demo.ps1'), '-ModulePath', $ModuleDir
    if ($exitCode -ne 0) { throw "samples/Demo.ps1 failed (exit code $exitCode)." }
}

#endregion

#region Fuzz

function Invoke-FuzzTask {
    # The fuzz tests read their size from the environment; CI runs them with small defaults inside -Task Test.
    $firstSeed = if ($null -ne $Seed) { $Seed } else { Get-Random -Minimum 1 -Maximum 1000000000 }
    $resultsDir = Join-Path $OutDir 'FuzzResults'
    Reset-Directory $resultsDir
    Write-Step "Fuzzing $Count graphs per strategy from seed $firstSeed (tests/Unit, Category=Fuzz)"
    $exitCode = Invoke-Process -FilePath 'dotnet' -Environment @{ DEEPCOPY_FUZZ_COUNT = $Count; DEEPCOPY_FUZZ_SEED = $firstSeed } -ArgumentList @(
        'test', $UnitTestProject, '-c', $Configuration, '--nologo', '--filter', 'Category=Fuzz',
        '--logger', 'trx;LogFileName=fuzz.trx', '--results-directory', $resultsDir)

    $trxPath = Join-Path $resultsDir 'fuzz.trx'
    if (-not (Test-Path -LiteralPath $trxPath)) { throw "dotnet test exited with code $exitCode and wrote no results." }
    $namespace = @{ t = 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010' }
    $trx = [xml] (Get-Content -LiteralPath $trxPath -Raw)
    $read = { param([string] $XPath, [string] $Pattern)
        $text = @(Select-Xml -Xml $trx -XPath $XPath -Namespace $namespace | ForEach-Object { $_.Node.InnerText })
        @($text -split '\r?\n' | ForEach-Object { $_.Trim() } | Where-Object { $_ -match $Pattern } | Select-Object -Unique)
    }
    # Each fuzz test writes one summary line; a failing one also lists its failing seeds in its message.
    Write-Host ''
    & $read '//t:UnitTestResult/t:Output/t:StdOut' '^FUZZ [^F]' | ForEach-Object { Write-Host $_ }
    $failures = @(& $read '//t:UnitTestResult/t:Output/t:ErrorInfo/t:Message' '^FUZZ FAILURE')
    $failures | ForEach-Object { Write-Host $_ -ForegroundColor Red }
    $result = Read-TrxResult $trxPath
    if ($failures.Count -gt 0 -or $result.Failed -gt 0 -or $exitCode -ne 0) {
        $seeds = @($failures | ForEach-Object { if ($_ -match ' seed (-?\d+):') { $Matches[1] } } | Select-Object -Unique)
        Write-Host "Failing seeds: $($seeds -join ', '). Replay one with DEEPCOPY_FUZZ_SEED=<seed> DEEPCOPY_FUZZ_COUNT=1." -ForegroundColor Red
        return 1
    }
    Write-Host "Fuzz: $($result.Passed) fuzz tests passed, no failing seed." -ForegroundColor Green
    return 0
}

#endregion

try {
    $exitCode = switch ($Task) {
        'Build' { Invoke-BuildTask; 0 }
        'Package' { Invoke-PackageTask; 0 }
        'Test' { Invoke-TestTask }
        'Demo' { Invoke-DemoTask; 0 }
        'Bench' { Invoke-BuildTask; & (Join-Path $RepoRoot 'bench/Invoke-Benchmarks.ps1') -Configuration $Configuration -Full:$Full -CheckAllocations -ModulePath $ModuleDir; 0 }
        'Fuzz' { Invoke-FuzzTask }
    }
}
catch {
    Write-Host "ERROR: build.ps1 -Task $Task failed: $($_.Exception.Message)" -ForegroundColor Red
    $exitCode = 1
}
exit $exitCode
