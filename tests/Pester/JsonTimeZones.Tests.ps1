#Requires -Version 7.2
# -Strategy Json and the machine's time zone. A Local DateTime is written with its zone's offset and a DateTimeOffset
# with its own, so what comes back depends on the zone: these run the copy in a fresh pwsh under two zones, one each
# side of UTC, through TZ (which .NET reads on Linux and macOS, not on Windows). The range's ends (MinValue and
# MaxValue, common "unset" and "never" markers) came back as strings or as another instant there: read back through
# UTC, they fell outside DateTime's range.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/FreshPwsh.ps1')
    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }

    $script:CopyInZone = {
        param([string] $Zone)
        $run = Invoke-FreshPwsh -Environment @{ TZ = $Zone } -Script @'
Import-Module $env:DEEPCOPY_MODULE_PATH
$local = [DateTimeKind]::Local
$times = @(
    foreach ($kind in 'Utc', 'Local', 'Unspecified') {
        [datetime]::SpecifyKind([datetime]::MinValue, $kind)
        [datetime]::SpecifyKind([datetime]::MaxValue, $kind)
    }
    [datetime]::MaxValue.ToLocalTime()
    [datetime]::MinValue.ToLocalTime()
    # Before standard time, when the zone's offset was its local mean time, and a day of today's rules.
    [datetime]::new(1800, 6, 1, 12, 0, 0, $local)
    [datetime]::new(2024, 2, 29, 13, 14, 15, $local)
)
$offsets = @(
    [DateTimeOffset]::MinValue
    [DateTimeOffset]::MaxValue
    [DateTimeOffset]::new([datetime]::MinValue.AddHours(14), [timespan]::FromHours(14))
    [DateTimeOffset]::new([datetime]::MaxValue.AddHours(-14), [timespan]::FromHours(-14))
    [DateTimeOffset]::new(2024, 1, 2, 3, 4, 5, [timespan]::FromHours(2))
)
# Each line says what went wrong; none is right. (Compared here, as text, because ConvertFrom-Json in the parent
# would read the ISO strings back as dates.)
$wrongTimes = @(foreach ($time in $times) {
    $copy = Copy-DeepObject -InputObject $time -Strategy Json
    $expected = "$($time.ToString('o')) $($time.Kind)"
    $actual = if ($copy -is [datetime]) { "$($copy.ToString('o')) $($copy.Kind)" } else { "[$($copy.GetType().Name)] $copy" }
    if ($actual -ne $expected) { "$expected came back as $actual" }
})
$wrongOffsets = @(foreach ($offset in $offsets) {
    $copy = Copy-DeepObject -InputObject $offset -Strategy Json
    $instant = if ($copy -isnot [datetime]) { $null } elseif ($copy.Kind -eq 'Utc') { $copy.Ticks } else { ([DateTimeOffset] $copy).UtcTicks }
    if ($instant -ne $offset.UtcTicks) { "$($offset.ToString('o')) came back as [$($copy.GetType().Name)] $(if ($copy -is [datetime]) { "$($copy.ToString('o')) $($copy.Kind)" } else { $copy })" }
})
Write-TestResult @{ Times = $wrongTimes; Offsets = $wrongOffsets }
'@
        if ($run.ExitCode -ne 0) { throw (Format-ChildFailure $run) }
        return $run.Result
    }
}

Describe 'Copy-DeepObject -Strategy Json in time zones each side of UTC' -Skip:$IsWindows {
    BeforeAll {
        $script:Wrong = @{}
        foreach ($zone in 'America/New_York', 'Asia/Tokyo') { $Wrong[$zone] = & $CopyInZone $zone }
    }

    It 'gives every DateTime back with its value and Kind in <_>' -ForEach 'America/New_York', 'Asia/Tokyo' {
        Should-BeCollection -Count 0 -Actual @($Wrong[$_].Times) -Because ($Wrong[$_].Times -join '; ')
    }

    It 'gives every DateTimeOffset back as a DateTime of the same instant in <_>' -ForEach 'America/New_York', 'Asia/Tokyo' {
        Should-BeCollection -Count 0 -Actual @($Wrong[$_].Offsets) -Because ($Wrong[$_].Offsets -join '; ')
    }
}
