#Requires -Version 7.2
# Classes written in PowerShell that derive from [hashtable] or [System.Collections.SortedList] and override how their
# entries are shown or counted. The exact strategies copy what they store, run none of their script, and
# Compare-DeepObject reads what they store too. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
    $script:ExactStrategies = 'Auto', 'Reflection', 'Compiled', 'Pooled'

    # Every override counts its calls: none may run while a copy or a comparison reads the table.
    . ([scriptblock]::Create(@'
class ScriptCollectionCalls {
    static [int] $Count
}

class MaskedScriptTable : System.Collections.Hashtable {
    MaskedScriptTable() : base([StringComparer]::OrdinalIgnoreCase) {}
    [System.Collections.IDictionaryEnumerator] GetEnumerator() {
        [ScriptCollectionCalls]::Count++
        $shown = [System.Collections.Hashtable]::new([StringComparer]::OrdinalIgnoreCase)
        foreach ($e in ([System.Collections.Hashtable]$this).GetEnumerator()) { $shown[$e.Key] = if ($e.Key -like '*password*') { '***' } else { $e.Value } }
        return $shown.GetEnumerator()
    }
}

class PublicViewScriptTable : System.Collections.Hashtable {
    [System.Collections.IDictionaryEnumerator] GetEnumerator() {
        [ScriptCollectionCalls]::Count++
        $visible = [ordered]@{}
        foreach ($e in ([System.Collections.Hashtable]$this).GetEnumerator()) { if (-not "$($e.Key)".StartsWith('_')) { $visible[$e.Key] = $e.Value } }
        return $visible.GetEnumerator()
    }
    [int] get_Count() {
        [ScriptCollectionCalls]::Count++
        return 0
    }
}

class OwnedScriptList : System.Collections.ArrayList {
    [System.Collections.Generic.List[string]] $Owners = [System.Collections.Generic.List[string]]::new()
}

class MaskedScriptSortedList : System.Collections.SortedList {
    [System.Collections.IDictionaryEnumerator] GetEnumerator() {
        [ScriptCollectionCalls]::Count++
        return [System.Collections.Hashtable]::new().GetEnumerator()
    }
    [object] GetByIndex([int] $index) {
        [ScriptCollectionCalls]::Count++
        return '***'
    }
}
'@))
    $script:Masked = 'MaskedScriptTable' -as [type]
    $script:PublicView = 'PublicViewScriptTable' -as [type]
    $script:MaskedSorted = 'MaskedScriptSortedList' -as [type]
    $script:OwnedList = 'OwnedScriptList' -as [type]
    $script:Calls = 'ScriptCollectionCalls' -as [type]
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'A script class that overrides how a collection shows its entries' {
    It 'copies a [hashtable] class that masks secrets in GetEnumerator with the real values, with every exact strategy' {
        $source = $Masked::new()
        $source['user'] = 'svc'
        $source['password'] = 'Hunter2!'

        foreach ($strategy in $ExactStrategies) {
            $Calls::Count = 0
            $copy = Copy-DeepObject -InputObject $source -Strategy $strategy

            Should-Be -Expected 0 -Actual $Calls::Count -Because "no script runs in a $strategy copy"
            Should-HaveType -Expected $Masked -Actual $copy
            Should-Be -Expected 'Hunter2!' -Actual $copy['PASSWORD'] -Because "$strategy keeps the real value and the comparer"
            Should-Be -Expected 'svc' -Actual $copy['user']
            Compare-DeepObject $source $copy | Should -BeNullOrEmpty

            $copy['password'] = 'changed'
            $found = @(Compare-DeepObject $source $copy)
            Should-Be -Expected 1 -Actual $found.Count -Because 'the comparer reads the stored value, not the masked one'
            Should-Be -Expected "`$['password']" -Actual $found[0].Path
            Should-Be -Expected 0 -Actual $Calls::Count -Because 'the comparison runs no script either'
        }
    }

    It 'copies a [hashtable] class that hides entries from GetEnumerator and Count whole, with no SourceChangedDuringCopy' {
        $source = $PublicView::new()
        $source['name'] = 'web'
        $source['_token'] = 'abc123'
        $source['_etag'] = 'W/1'

        foreach ($strategy in $ExactStrategies) {
            $Calls::Count = 0
            $copy = Copy-DeepObject -InputObject $source -Strategy $strategy

            Should-Be -Expected 0 -Actual $Calls::Count -Because "no script runs in a $strategy copy"
            Should-Be -Expected 'abc123' -Actual $copy['_token'] -Because "$strategy keeps the hidden entries"
            Should-Be -Expected 'W/1' -Actual $copy['_etag']
            Should-Be -Expected 'web' -Actual $copy['name']
            Compare-DeepObject $source $copy | Should -BeNullOrEmpty

            $copy.Remove('_etag')
            $found = @(Compare-DeepObject $source $copy)
            Should-Be -Expected 1 -Actual $found.Count -Because 'the comparer sees the hidden entry gone'
            Should-Be -Expected 'MissingKey' -Actual "$($found[0].Kind)"
        }
    }

    It 'copies a SortedList class that masks its values, and the comparer reads the stored values' {
        $source = $MaskedSorted::new()
        $source['user'] = 'svc'
        $source['password'] = 'Hunter2!'

        foreach ($strategy in $ExactStrategies) {
            $Calls::Count = 0
            $copy = Copy-DeepObject -InputObject $source -Strategy $strategy

            Should-Be -Expected 'Hunter2!' -Actual $copy['password'] -Because "$strategy keeps the stored value"
            Compare-DeepObject $source $copy | Should -BeNullOrEmpty
            $copy['password'] = 'changed'
            Should-Be -Expected 1 -Actual @(Compare-DeepObject $source $copy).Count -Because 'the comparer reads the stored value'
            Should-Be -Expected 0 -Actual $Calls::Count -Because "no script runs in a $strategy copy or in the comparison"
        }
    }

    It 'copies a synchronized wrapper of such a class around a copy of that class, with every exact strategy' {
        $table = $Masked::new()
        $table['password'] = 'Hunter2!'
        $list = $OwnedList::new()
        $list.Owners.Add('alice')
        [void]$list.Add(@{ n = 1 })
        $tableField = [hashtable]::Synchronized(@{}).GetType().GetField('_table', [System.Reflection.BindingFlags]'NonPublic,Instance')
        $listField = [System.Collections.ArrayList]::Synchronized([System.Collections.ArrayList]::new()).GetType().GetField('_list', [System.Reflection.BindingFlags]'NonPublic,Instance')

        foreach ($strategy in $ExactStrategies) {
            $Calls::Count = 0
            $copy = Copy-DeepObject -InputObject ([hashtable]::Synchronized($table)) -Strategy $strategy
            $listCopy = Copy-DeepObject -InputObject ([System.Collections.ArrayList]::Synchronized($list)) -Strategy $strategy

            Should-Be -Expected 0 -Actual $Calls::Count -Because "no script runs in a $strategy copy"
            Should-HaveType -Expected $Masked -Actual $tableField.GetValue($copy) -Because $strategy
            Should-Be -Expected 'Hunter2!' -Actual ([hashtable]$tableField.GetValue($copy)).get_Item('password') -Because $strategy
            $innerList = $listField.GetValue($listCopy)
            Should-HaveType -Expected $OwnedList -Actual $innerList -Because $strategy
            Should-Be -Expected 'alice' -Actual ($innerList.Owners -join ',') -Because $strategy
            Should-BeFalse ([object]::ReferenceEquals($list.Owners, $innerList.Owners)) -Because "$strategy copies the class's own field"
            Should-BeFalse ([object]::ReferenceEquals($list[0], $listCopy[0])) -Because "$strategy copies the items"
        }

        $found = @(Compare-DeepObject ([System.Collections.ArrayList]::Synchronized($list)) ([System.Collections.ArrayList]::Synchronized([System.Collections.ArrayList]::new($list))))
        Should-Be -Expected 'TypeDifferent' -Actual "$($found[0].Kind)" -Because 'the comparer sees the type of what the wrapper holds'
    }

    It 'drops a synchronized wrapper with the table or list a type policy drops, with every exact strategy' {
        $table = $Masked::new()
        $table['password'] = 'Hunter2!'
        $list = $OwnedList::new()
        [void]$list.Add(1)
        $policies = @{ $Masked = 'Null'; $OwnedList = { param($value) $null } }

        foreach ($strategy in $ExactStrategies) {
            $copy = Copy-DeepObject -InputObject @([hashtable]::Synchronized($table), $list, [System.Collections.ArrayList]::Synchronized($list)) -TypePolicy $policies -Strategy $strategy -ErrorAction Stop

            Should-Be -Expected 3 -Actual $copy.Count -Because $strategy
            Should-BeNull $copy[0] -Because "$strategy drops the wrapper with its table"
            Should-BeNull $copy[2] -Because "$strategy drops the wrapper with its list"
        }
    }
}
