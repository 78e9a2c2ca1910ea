#Requires -Version 7.2
<#
.SYNOPSIS
    A tour of DeepCopy on realistic data: why Clone() is not enough, and what Copy-DeepObject does instead.
.DESCRIPTION
    Loads samples/orders.json (3,000 web-shop orders) twice, as hashtables and as PSCustomObjects, deep
    copies each with Copy-DeepObject, changes nested values in the copy, and shows that the source has not
    changed. `build.ps1 -Task Demo` builds the module and runs this script in a fresh pwsh.
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Demo
.EXAMPLE
    pwsh ./samples/Demo.ps1 -ModulePath ./out/DeepCopy
#>
[CmdletBinding()]
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/DeepCopy'),
    [string] $DataPath = (Join-Path $PSScriptRoot 'orders.json')
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Write-Heading([string] $Text) {
    Write-Host ''
    Write-Host $Text -ForegroundColor Cyan
    Write-Host ('-' * $Text.Length) -ForegroundColor Cyan
}

function Measure-Call([scriptblock] $Action) {
    # Returns the action's single result and how long it took, in milliseconds. The garbage of what ran before is
    # collected first, so that one call's leftovers are not charged to the next (a second call could read slower).
    [GC]::Collect()
    [GC]::WaitForPendingFinalizers()
    $timer = [System.Diagnostics.Stopwatch]::StartNew()
    $result = & $Action
    $timer.Stop()
    [pscustomobject]@{ Result = $result; Milliseconds = $timer.Elapsed.TotalMilliseconds }
}

function Format-Ms([double] $Milliseconds) { '{0:N1} ms' -f $Milliseconds }

function Write-Columns([int[]] $Widths, [object[]] $Values, [ConsoleColor] $Color = 'Gray') {
    # Fixed-width columns, so the output reads the same in a narrow terminal and in a CI log.
    $cells = for ($i = 0; $i -lt $Values.Count; $i++) {
        $text = "$($Values[$i])"
        if ($text.Length -gt $Widths[$i]) { $text = $text.Substring(0, $Widths[$i] - 1) + '…' }
        $text.PadRight($Widths[$i])
    }
    Write-Host ('  ' + ($cells -join '  ')).TrimEnd() -ForegroundColor $Color
}

# The same nested changes are made to each copy. Member access reads and writes hashtable keys and
# PSCustomObject properties alike, so one list serves both shapes of the data.
$changes = @(
    @{ Path = 'orders[0].customer.name'; Get = { param($d) $d.orders[0].customer.name }; Set = { param($d) $d.orders[0].customer.name = 'Nobody' } }
    @{ Path = 'orders[0].customer.address.city'; Get = { param($d) $d.orders[0].customer.address.city }; Set = { param($d) $d.orders[0].customer.address.city = 'Atlantis' } }
    @{ Path = 'orders[0].items[0].qty'; Get = { param($d) $d.orders[0].items[0].qty }; Set = { param($d) $d.orders[0].items[0].qty = 99 } }
    @{ Path = 'orders[$tagged].tags[0]'; Get = { param($d) $d.orders[$tagged].tags[0] }; Set = { param($d) $d.orders[$tagged].tags[0] = 'CHANGED' } }
)

function Get-FirstTaggedOrder($Data) {
    for ($index = 0; $index -lt $Data.orders.Count; $index++) {
        if ($Data.orders[$index].tags.Count -gt 0) { return $index }
    }
    throw 'The sample data has no order with tags.'
}

function Show-DeepCopy([string] $Label, [string] $Title, $Source) {
    Write-Heading $Title
    $fingerprint = $Source | ConvertTo-Json -Depth 10 -Compress

    # The first call also builds and caches the per-type copy plans; later calls reuse them.
    $first = Measure-Call { Copy-DeepObject -InputObject $Source }
    $second = Measure-Call { Copy-DeepObject -InputObject $Source }
    $copy = $second.Result
    Write-Host "`$copy = Copy-DeepObject -InputObject `$data"
    Write-Host "  first call $(Format-Ms $first.Milliseconds) (includes one-time set-up), second call $(Format-Ms $second.Milliseconds)"

    $tagged = Get-FirstTaggedOrder $Source
    Write-Host ''
    Write-Host 'Nested values changed in the copy:'
    $widths = 31, 13, 13, 13
    Write-Columns $widths 'Path', 'Source before', 'Copy', 'Source after' -Color White
    $untouched = $true
    foreach ($change in $changes) {
        $before = & $change.Get $Source
        & $change.Set $copy
        $after = & $change.Get $Source
        $untouched = $untouched -and ($after -eq $before)
        $path = $ExecutionContext.InvokeCommand.ExpandString($change.Path)
        Write-Columns $widths $path, $before, (& $change.Get $copy), $after
    }

    $identical = ($Source | ConvertTo-Json -Depth 10 -Compress) -ceq $fingerprint
    $shared = [object]::ReferenceEquals($Source.orders[0].customer, $copy.orders[0].customer)
    Write-Host ''
    Write-Host "The whole source, compared as JSON before and after: $(if ($identical) { 'identical' } else { 'CHANGED' })"
    Write-Host "Source and copy share orders[0].customer: $shared"
    if (-not ($untouched -and $identical) -or $shared) {
        throw "$Title`: the copy is not independent of its source."
    }
    [pscustomobject]@{ Data = $Label; First = $first.Milliseconds; Second = $second.Milliseconds }
}

Write-Heading 'DeepCopy demo'
$module = Import-Module $ModulePath -Force -PassThru
Write-Host "Module   $($module.Name) $($module.Version) from $($module.ModuleBase)"
$json = Get-Content -LiteralPath $DataPath -Raw
$hashtableLoad = Measure-Call { $json | ConvertFrom-Json -AsHashtable }
$objectLoad = Measure-Call { $json | ConvertFrom-Json }
$hashtableData = $hashtableLoad.Result
$objectData = $objectLoad.Result
Write-Host ('Data     {0} ({1:N0} bytes, {2:N0} orders)' -f (Resolve-Path -LiteralPath $DataPath -Relative), (Get-Item -LiteralPath $DataPath).Length, $hashtableData.orders.Count)
Write-Host "Parsed   ConvertFrom-Json -AsHashtable $(Format-Ms $hashtableLoad.Milliseconds)   ConvertFrom-Json $(Format-Ms $objectLoad.Milliseconds)"

Write-Heading 'Why: Clone() copies only the top level'
$widths = 31, 13, 13, 13
Write-Host '$clone = $data.Clone() on the hashtables, then a nested change in the clone:'
Write-Columns $widths 'Path', 'Source before', 'Clone', 'Source after' -Color White
$before = $hashtableData.orders[0].customer.name
$clone = $hashtableData.Clone()
$clone.orders[0].customer.name = 'Changed'
Write-Columns $widths 'orders[0].customer.name', $before, $clone.orders[0].customer.name, $hashtableData.orders[0].customer.name
$hashtableData.orders[0].customer.name = $before

Write-Host '$clone = $data.psobject.Copy() on the PSCustomObjects, then the same:'
Write-Columns $widths 'Path', 'Source before', 'Clone', 'Source after' -Color White
$before = $objectData.orders[0].items[0].qty
$clone = $objectData.psobject.Copy()
$clone.orders[0].items[0].qty = 99
Write-Columns $widths 'orders[0].items[0].qty', $before, $clone.orders[0].items[0].qty, $objectData.orders[0].items[0].qty
$objectData.orders[0].items[0].qty = $before
Write-Host 'Both changes leaked into the source: a shallow copy shares all nested objects.' -ForegroundColor Yellow

$timings = @(
    Show-DeepCopy 'Hashtables' 'Copy-DeepObject on hashtables (ConvertFrom-Json -AsHashtable)' $hashtableData
    Show-DeepCopy 'PSCustomObjects' 'Copy-DeepObject on PSCustomObjects (ConvertFrom-Json)' $objectData
)

Write-Heading 'Summary'
Write-Host ('Copy-DeepObject on all {0:N0} orders:' -f $hashtableData.orders.Count)
Write-Columns (16, 12, 12) 'Data', 'First call', 'Second call' -Color White
foreach ($timing in $timings) { Write-Columns (16, 12, 12) $timing.Data, (Format-Ms $timing.First), (Format-Ms $timing.Second) }
Write-Host ''
Write-Host 'Both copies are fully independent: every change above stayed in the copy.'

if (Get-Command Measure-DeepCopy -ErrorAction Ignore) {
    Write-Heading 'Measure-DeepCopy: the strategies against PowerShell''s own ways to copy'
    # A console narrower than the table (or output redirected to a file, which formats at 80 columns) would drop the
    # Ratio and bar columns, so the table is laid out at least as wide as all of its columns need.
    $width = [Math]::Max(140, $(try { $Host.UI.RawUI.BufferSize.Width } catch { 0 }))
    Measure-DeepCopy -InputObject $hashtableData -Baseline PSSerializer, ConvertToJson | Format-Table -AutoSize | Out-String -Width $width | Out-Host
}
