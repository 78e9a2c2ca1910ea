# Should-BeInOrder: Should-BeCollection that also checks the order. Pester 6.2.0's Should-BeCollection compares
# collections as multisets (the -InOrder it reads is not one of its parameters), so a test of key or property order
# written with it passes whatever the order. Dot-source it from BeforeAll. It is not a *.Tests.ps1 file, so the runner
# skips it.

function Should-BeInOrder {
    param(
        [Parameter(Mandatory)] [AllowNull()] [AllowEmptyCollection()] $Expected,
        [Parameter(Mandatory)] [AllowNull()] [AllowEmptyCollection()] $Actual,
        [string] $Because
    )
    $expectedItems = @($Expected)
    $actualItems = @($Actual)
    $same = $expectedItems.Count -eq $actualItems.Count
    for ($i = 0; $same -and $i -lt $expectedItems.Count; $i++) {
        # PowerShell's equality, case-sensitive, with the actual item on the left; a collection there would make -ceq a
        # filter rather than a comparison, so an item that is one never matches.
        $item = $actualItems[$i]
        $same = -not ($item -is [System.Collections.IEnumerable] -and $item -isnot [string]) -and [bool]($item -ceq $expectedItems[$i])
    }
    if (-not $same) {
        $reason = if ($Because) { " because $Because" } else { '' }
        throw "Expected @($(($expectedItems | ForEach-Object { "'$_'" }) -join ', ')) in this order$reason, but got @($(($actualItems | ForEach-Object { "'$_'" }) -join ', '))."
    }
}
