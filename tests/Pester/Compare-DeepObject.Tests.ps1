#Requires -Version 7.2
# Compare-DeepObject against the staged module. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force

    function New-Sample {
        @{
            name  = 'order'
            items = @(
                [pscustomobject]@{ sku = 'a'; qty = 1 }
                [pscustomobject]@{ sku = 'b'; qty = 2 }
            )
            tags  = [Collections.Generic.List[string]]@('x', 'y')
            meta  = [ordered]@{ created = [datetime]'2024-01-02'; by = 'ada' }
        }
    }
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Compare-DeepObject' {
    It 'writes nothing for a graph and its deep copy' {
        $source = New-Sample

        Compare-DeepObject $source (Copy-DeepObject $source) | Should -BeNullOrEmpty
        Compare-DeepObject -ReferenceObject $source -DifferenceObject (Copy-DeepObject $source) -Independence | Should -BeNullOrEmpty
    }

    It 'writes DeepCopy.Difference objects with Path, Kind, ReferenceValue, DifferenceValue and Message' {
        $difference = Compare-DeepObject @{ n = 1 } @{ n = 2 }

        Should-Be -Expected 'DeepCopy.Difference' -Actual $difference.pstypenames[0]
        Should-Be -Expected "`$['n']" -Actual $difference.Path
        Should-Be -Expected 'ValueDifferent' -Actual ([string] $difference.Kind)
        Should-Be -Expected 1 -Actual $difference.ReferenceValue
        Should-Be -Expected 2 -Actual $difference.DifferenceValue
        Should-NotBeNull $difference.Message
    }

    It 'reports <Kind> at <Path>' -ForEach @(
        @{ Kind = 'MissingKey'; Path = "`$['b']"; Reference = @{ a = 1; b = 2 }; Difference = @{ a = 1 } }
        @{ Kind = 'ExtraKey'; Path = "`$['c']"; Reference = @{ a = 1 }; Difference = @{ a = 1; c = 3 } }
        @{ Kind = 'ValueDifferent'; Path = "`$['items'][1].qty"; Reference = @{ items = @([pscustomobject]@{ qty = 1 }, [pscustomobject]@{ qty = 2 }) }; Difference = @{ items = @([pscustomobject]@{ qty = 1 }, [pscustomobject]@{ qty = 3 }) } }
        @{ Kind = 'TypeDifferent'; Path = "`$['n']"; Reference = @{ n = 1 }; Difference = @{ n = '1' } }
        @{ Kind = 'CountDifferent'; Path = '$'; Reference = @(1, 2, 3); Difference = @(1, 2) }
        @{ Kind = 'MemberMissing'; Path = '$.gone'; Reference = [pscustomobject]@{ a = 1; gone = 2 }; Difference = [pscustomobject]@{ a = 1 } }
        @{ Kind = 'MemberExtra'; Path = '$.added'; Reference = [pscustomobject]@{ a = 1 }; Difference = [pscustomobject]@{ a = 1; added = 2 } }
        @{ Kind = 'ComparerDifferent'; Path = '$'; Reference = @{}; Difference = [hashtable]::new([StringComparer]::Ordinal) }
        @{ Kind = 'TypeDifferent'; Path = '$'; Reference = [pscustomobject]@{ PSTypeName = 'Contoso.A'; a = 1 }; Difference = [pscustomobject]@{ PSTypeName = 'Contoso.B'; a = 1 } }
    ) {
        $differences = @(Compare-DeepObject $Reference $Difference)

        Should-BeCollection -Count 1 -Actual $differences
        Should-Be -Expected $Kind -Actual ([string] $differences[0].Kind)
        Should-Be -Expected $Path -Actual $differences[0].Path
    }

    It 'looks keys up through the dictionary''s own comparer, so @{} keys match whatever their case' {
        Compare-DeepObject @{ Name = 1 } @{ name = 1 } | Should -BeNullOrEmpty
    }

    It 'sees through PSObject wrappers that add nothing' {
        $list = [Collections.ArrayList]@(1, 2)

        Compare-DeepObject @{ list = (Write-Output $list -NoEnumerate) } @{ list = [Collections.ArrayList]@(1, 2) } | Should -BeNullOrEmpty
    }

    It 'reports every mutable object a shallow clone shares, with -Independence' {
        $source = New-Sample

        $shared = @(Compare-DeepObject $source $source.Clone() -Independence)

        Should-All -Actual $shared -FilterScript { $_.Kind -eq 'SharedReference' }
        Should-BeInOrder -Expected @("`$['items']", "`$['items'][0]", "`$['items'][1]", "`$['meta']", "`$['tags']") -Actual @($shared.Path | Sort-Object)
        Compare-DeepObject $source $source.Clone() | Should -BeNullOrEmpty
    }

    It 'compares priority queues by their pairs, however they were filled, and a copy equal under <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $forward = [Collections.Generic.PriorityQueue[string, int]]::new()
        $backward = [Collections.Generic.PriorityQueue[string, int]]::new()
        $pairs = @(@('a', 1), @('b', 2), @('c', 2), @('d', 3))
        foreach ($pair in $pairs) { $forward.Enqueue($pair[0], $pair[1]) }
        foreach ($pair in $pairs[-1..-4]) { $backward.Enqueue($pair[0], $pair[1]) }

        Compare-DeepObject $forward $backward | Should -BeNullOrEmpty
        Compare-DeepObject $forward (Copy-DeepObject $forward -Strategy $_) -Independence | Should -BeNullOrEmpty
        $changed = [Collections.Generic.PriorityQueue[string, int]]::new()
        foreach ($pair in $pairs) { $changed.Enqueue($pair[0], $(if ($pair[0] -eq 'b') { 5 } else { $pair[1] })) }
        $difference = Compare-DeepObject $forward $changed
        Should-Be -Expected "`$.Items['b']" -Actual $difference.Path
        Should-Be -Expected 'Expected 2 but found 5.' -Actual $difference.Message
    }

    It 'reports a priority queue comparer as a sorted collection''s, and a shared element by the element' {
        $descending = [Collections.Generic.Comparer[int]]::Create([Comparison[int]] { param($x, $y) $y.CompareTo($x) })
        $ascending = [Collections.Generic.Comparer[int]]::Create([Comparison[int]] { param($x, $y) $x.CompareTo($y) })
        $q1 = [Collections.Generic.PriorityQueue[string, int]]::new($descending); $q1.Enqueue('a', 1)
        $q2 = [Collections.Generic.PriorityQueue[string, int]]::new($ascending); $q2.Enqueue('a', 1)
        $q3 = [Collections.Generic.PriorityQueue[string, int]]::new(); $q3.Enqueue('a', 1)
        $list = [Collections.ArrayList]@(1)
        $a = [Collections.Generic.PriorityQueue[object, int]]::new(); $a.Enqueue($list, 1)
        $b = [Collections.Generic.PriorityQueue[object, int]]::new(); $b.Enqueue($list, 1)

        $custom = Compare-DeepObject $q1 $q2
        $default = Compare-DeepObject $q3 $q1
        $shared = Compare-DeepObject $a $b -Independence

        Should-Be -Expected 'ComparerDifferent' -Actual ([string] $custom.Kind)
        Should-Be -Expected '$' -Actual $custom.Path
        Should-Be -Expected 'Expected priorities compared by a [System.Collections.Generic.ComparisonComparer[System.Int32]] but they are compared by a different [System.Collections.Generic.ComparisonComparer[System.Int32]].' -Actual $custom.Message
        Should-Be -Expected 'ComparerDifferent' -Actual ([string] $default.Kind)
        Should-Be -Expected 'Expected priorities compared by the default comparer but they are compared by a [System.Collections.Generic.ComparisonComparer[System.Int32]].' -Actual $default.Message
        Should-Be -Expected '$.Items[<key of type System.Collections.ArrayList>]' -Actual $shared.Path
    }

    It 'tells apart two UTF-8 encodings that differ only in throwing on invalid bytes' {
        $difference = Compare-DeepObject ([Text.UTF8Encoding]::new($false, $false)) ([Text.UTF8Encoding]::new($false, $true))

        Should-Be -Expected 'ValueDifferent' -Actual ([string] $difference.Kind)
        Should-BeString -Expected "Expected [Encoding]'utf-8' (invalid characters become '$([char] 0xFFFD)', invalid bytes become '$([char] 0xFFFD)') but found [Encoding]'utf-8' (invalid characters throw, invalid bytes throw)." -Actual $difference.Message
    }

    It 'keeps the recipe of docs/compare.md true: it leaves out <Case> shared on purpose with what they hold, and nothing else' -ForEach @(
        @{ Case = 'streams'; Type = 'System.IO.Stream'; Policy = @{ 'System.IO.Stream' = 'Share' }
           Make = { [pscustomobject]@{ s = [System.IO.MemoryStream]::new(); s2 = [System.Collections.ArrayList]@(1); more = @([System.IO.MemoryStream]::new()) } }
           Kept = '$.s2' }
        @{ Case = 'lists'; Type = 'System.Collections.ArrayList'; Policy = @{ 'System.Collections.ArrayList' = 'Share' }
           Make = { [pscustomobject]@{ s = [System.Collections.ArrayList]@(@{ x = 1 }); s2 = [System.Collections.Generic.List[object]]@(, @{ y = 1 }) } }
           Kept = '$.s2', '$.s2[0]' }
    ) {
        # The recipe is read from the page, so a change to the page is tested; only the type it filters on is swapped.
        $page = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot '../../docs/compare.md')
        $block = [regex]::Match($page, '(?s)```powershell\r?\n(?<code>[ ]*\$differences = @\(Compare-DeepObject \$a \$b -Independence\).*?)```')
        Should-BeTrue -Actual $block.Success -Because 'docs/compare.md shows the recipe'
        $recipe = [scriptblock]::Create($block.Groups['code'].Value.Replace('[IO.Stream]', "[$Type]"))
        $a = & $Make
        $b = Copy-DeepObject $a -TypePolicy $Policy
        $b.s2 = $a.s2   # shared by mistake, and named like a path below $.s

        $all = @(Compare-DeepObject $a $b -Independence)
        $left = @(& $recipe)

        Should-BeGreaterThan -Expected @($Kept).Count -Actual $all.Count -Because 'the shared values and what they hold are reported'
        Should-BeInOrder -Expected @($Kept) -Actual @($left.Path | Sort-Object)
    }

    It 'reports a look-alike where the source holds [pscredential]::Empty, which PowerShell recognises by reference' {
        $source = @{ Path = '/tmp'; Credential = [pscredential]::Empty }
        $planted = @{ Path = '/tmp'; Credential = [System.Runtime.CompilerServices.RuntimeHelpers]::GetUninitializedObject([pscredential]) }

        $difference = Compare-DeepObject $source $planted

        Should-Be -Expected "`$['Credential']" -Actual $difference.Path
        Should-Be -Expected 'ValueDifferent' -Actual "$($difference.Kind)"
        Should-Be -Expected "Expected PowerShell's own [System.Management.Automation.PSCredential]::Empty, which its code recognises by reference, but found another [System.Management.Automation.PSCredential]." -Actual $difference.Message
    }

    It 'names the assemblies of two types of one name, as a class defined again in the session makes' {
        $old = Invoke-Expression 'class CompareTwin { [int]$X = 1 }; [CompareTwin]'
        $new = Invoke-Expression 'class CompareTwin { [int]$X = 1; [string]$Y }; [CompareTwin]'

        $difference = Compare-DeepObject $old::new() $new::new()

        Should-Be -Expected 'TypeDifferent' -Actual "$($difference.Kind)"
        $expected = "Expected a [CompareTwin] from 'PowerShell Class Assembly, Version={0}' but found another type of the same name, from 'PowerShell Class Assembly, Version={1}'." -f
            $old.Assembly.GetName().Version, $new.Assembly.GetName().Version
        Should-Be -Expected $expected -Actual $difference.Message
    }

    It 'stops after -MaxDifferences' {
        Should-BeCollection -Count 2 -Actual @(Compare-DeepObject @(1, 2, 3, 4) @(5, 6, 7, 8) -MaxDifferences 2)
    }

    It 'compares $null and empty values' {
        Compare-DeepObject $null $null | Should -BeNullOrEmpty
        Should-Be -Expected 'ValueDifferent' -Actual ([string] (Compare-DeepObject $null @{}).Kind)
        Compare-DeepObject @() @() | Should -BeNullOrEmpty
    }

    It 'compares cyclic graphs' {
        $reference = @{ n = 1 }; $reference.self = $reference
        $difference = @{ n = 1 }; $difference.self = $difference

        Compare-DeepObject $reference $difference | Should -BeNullOrEmpty
        $difference.n = 2
        Should-Be -Expected "`$['n']" -Actual (Compare-DeepObject $reference $difference).Path
    }

    It 'tells type names emptied with Clear() from the names the type gives, and keeps them empty in copies' {
        $cleared = [psobject]::new([System.Text.StringBuilder]::new('a')); $cleared.PSTypeNames.Clear()
        $list = [System.Collections.Generic.List[int]]::new(); $list.PSTypeNames.Clear()
        $custom = [pscustomobject]@{ a = 1 }; $custom.PSTypeNames.Clear()

        Should-Be -Expected 'TypeDifferent' -Actual ([string] (Compare-DeepObject $cleared ([psobject]::new([System.Text.StringBuilder]::new('a')))).Kind)
        Should-Be -Expected 'Expected the type names [] but found the type names its type gives.' -Actual (Compare-DeepObject $list ([System.Collections.Generic.List[int]]::new())).Message
        Should-Be -Expected 'Expected the type names [] but found the type names [System.Management.Automation.PSCustomObject, System.Object].' -Actual (Compare-DeepObject $custom ([pscustomobject]@{ a = 1 })).Message
        foreach ($strategy in 'Reflection', 'Compiled', 'Pooled', 'Auto') {
            $graph = @($cleared, $list, $custom)
            Compare-DeepObject $graph (Copy-DeepObject $graph -Strategy $strategy) | Should -BeNullOrEmpty
        }
    }

    It 'compares an immutable dictionary''s value comparer and a collection''s settings' {
        $ci = [StringComparer]::OrdinalIgnoreCase
        $plain = [System.Collections.Immutable.ImmutableDictionary]::Create[string, string]().Add('k', 'v')
        $valuesIgnoreCase = [System.Collections.Immutable.ImmutableDictionary]::Create[string, string]().WithComparers($null, $ci).Add('k', 'v')
        Should-Be -Expected 'ComparerDifferent' -Actual ([string] (Compare-DeepObject $plain $valuesIgnoreCase).Kind)

        $small = [System.Text.StringBuilder]::new(4, 10); $large = [System.Text.StringBuilder]::new(4, 100)
        Should-Be -Expected '$.MaxCapacity' -Actual (Compare-DeepObject $small $large).Path
        $bounded = [System.Collections.Concurrent.BlockingCollection[int]]::new(1)
        Should-Be -Expected '$.BoundedCapacity' -Actual (Compare-DeepObject $bounded ([System.Collections.Concurrent.BlockingCollection[int]]::new())).Path
        $overArray = [System.Collections.ObjectModel.Collection[int]]::new([int[]]@(1))
        Should-Be -Expected 'TypeDifferent' -Actual ([string] (Compare-DeepObject $overArray ([System.Collections.ObjectModel.Collection[int]]::new([System.Collections.Generic.List[int]]@(1)))).Kind)
        foreach ($strategy in 'Reflection', 'Compiled', 'Pooled', 'Auto') {
            # A BlockingCollection holds its consumers' cancellation source, which a copy may only share.
            $graph = @($valuesIgnoreCase, $small, $bounded, $overArray)
            Compare-DeepObject $graph (Copy-DeepObject $graph -Strategy $strategy -NonCopyableAction Reference) | Should -BeNullOrEmpty
        }
    }

    It 'compares a chain nested 50,000 deep' {
        $reference = @{ leaf = 1 }
        foreach ($i in 1..50000) { $reference = @{ next = $reference } }
        $copy = Copy-DeepObject $reference

        Compare-DeepObject $reference $copy -Independence | Should -BeNullOrEmpty
    }
}
