#Requires -Version 7.2
# A key or set element the copy reaches earlier in the graph than the collection that holds it (hunt 27): the copy
# must finish it before the collection hashes it, so every lookup in the copy finds it. build.ps1 -Task Test sets
# DEEPCOPY_MODULE_PATH.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
    $script:ExactStrategies = 'Auto', 'Reflection', 'Compiled', 'Pooled'

    # Hashed by its list's identity, as a record holding a class instance is.
    . ([scriptblock]::Create(@'
class PendingKeyPoint {
    [System.Collections.Generic.List[int]] $Coords
    [int] GetHashCode() { return [System.Runtime.CompilerServices.RuntimeHelpers]::GetHashCode($this.Coords) }
    [bool] Equals([object] $other) { return $other -is [PendingKeyPoint] -and [object]::ReferenceEquals($other.Coords, $this.Coords) }
}
'@))
    $script:Point = 'PendingKeyPoint' -as [type]
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'A key reached before the collection that holds it' {
    It 'a script class key is found in the copied hashtable (<_>)' -ForEach 'Auto', 'Reflection', 'Compiled', 'Pooled' {
        $p = $Point::new()
        $p.Coords = [System.Collections.Generic.List[int]]::new()
        $p.Coords.Add(3)
        $src = [ordered]@{ Current = $p; Index = @{ $p = 'first' } }

        $c = Copy-DeepObject -InputObject $src -Strategy $_

        $c.Current | Should -Not -Be $p
        [object]::ReferenceEquals($c.Current.Coords, $p.Coords) | Should -BeFalse
        $c.Index.ContainsKey($c.Current) | Should -BeTrue
        $c.Index[$c.Current] | Should -Be 'first'
        @($c.Current.Coords) | Should -Be @(3)
    }

    It 'a tuple over a list is found in the copied set and hashtable (<_>)' -ForEach 'Auto', 'Reflection', 'Compiled', 'Pooled' {
        $key = [Tuple]::Create([System.Collections.Generic.List[int]]::new())
        $set = [System.Collections.Generic.HashSet[object]]::new()
        [void]$set.Add($key)
        $src = [ordered]@{ Current = $key; Seen = $set; Names = @{ $key = 'v' } }

        $c = Copy-DeepObject -InputObject $src -Strategy $_

        $c.Seen.Contains($c.Current) | Should -BeTrue
        $c.Names.ContainsKey($c.Current) | Should -BeTrue
        $c.Seen.Contains(@($c.Seen)[0]) | Should -BeTrue
        Compare-DeepObject $src $c | Should -BeNullOrEmpty
    }

    It 'a boxed ValueTuple over a tuple, held in an array slot first, is found in the copied set and hashtable (<_>)' -ForEach 'Auto', 'Reflection', 'Compiled', 'Pooled' {
        $box = [ValueTuple]::Create([Tuple]::Create([System.Collections.Generic.List[int]]::new()))
        $set = [System.Collections.Generic.HashSet[object]]::new()
        [void]$set.Add($box)
        $src = [object[]]::new(3)
        $src[0] = $box; $src[1] = $set; $src[2] = @{ $box = 'v' }

        $c = Copy-DeepObject -InputObject $src -Strategy $_

        $c[1].Contains($c[0]) | Should -BeTrue
        $c[2].ContainsKey($c[0]) | Should -BeTrue
        $c[1].Contains(@($c[1])[0]) | Should -BeTrue
        Compare-DeepObject $src $c | Should -BeNullOrEmpty
    }
}
