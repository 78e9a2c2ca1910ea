#Requires -Version 7.2
# DataTable, DataSet and DataRow through the cmdlets: the shape SQL query cmdlets (Invoke-Sqlcmd and the like) return.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
    function New-QueryResult {
        $table = [System.Data.DataTable]::new('people')
        $id = $table.Columns.Add('id', [int])
        [void]$table.Columns.Add('name', [string])
        [void]$table.Columns.Add('photo', [byte[]])
        $table.PrimaryKey = @($id)
        [void]$table.Rows.Add(1, 'Ada', [byte[]](1, 2, 3))
        [void]$table.Rows.Add(2, 'Grace', [byte[]](4))
        $table.AcceptChanges()
        # Pipeline output arrives as PSObject-wrapped rows.
        , @($table.Rows | ForEach-Object { $_ })
    }
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copying System.Data' {
    It 'copies query-result rows with <_>: one new table, values deep, the source untouched' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $rows = New-QueryResult

        $copy = Copy-DeepObject -InputObject $rows -Strategy $_
        $copy[0].name = 'Changed'
        $copy[0].photo[0] = 99

        Should-Be -Expected 'Ada' -Actual $rows[0].name
        Should-Be -Expected 1 -Actual $rows[0].photo[0]
        # A DataTable enumerates as a collection, which the Should-*Same assertions refuse, so identity is asked directly.
        Should-BeFalse -Actual ([object]::ReferenceEquals($rows[0].Table, $copy[0].Table))
        Should-BeTrue -Actual ([object]::ReferenceEquals($copy[0].Table, $copy[1].Table))
        Should-Be -Expected ([System.Data.DataRowState]::Modified) -Actual $copy[0].RowState
        Should-Be -Expected ([System.Data.DataRowState]::Unchanged) -Actual $rows[0].RowState
    }

    It 'gives a copy Compare-DeepObject finds equal and independent' {
        $rows = New-QueryResult

        $copy = Copy-DeepObject $rows

        Should-BeNull -Actual (Compare-DeepObject -ReferenceObject $rows -DifferenceObject $copy -Independence)
    }

    It 'copies a DataSet whose relation still works in the copy' {
        $set = [System.Data.DataSet]::new('shop')
        $orders = $set.Tables.Add('orders')
        $key = $orders.Columns.Add('id', [int])
        $lines = $set.Tables.Add('lines')
        $parent = $lines.Columns.Add('orderId', [int])
        [void]$set.Relations.Add('orderLines', $key, $parent)
        [void]$orders.Rows.Add(7)
        [void]$lines.Rows.Add(7)

        $copy = Copy-DeepObject $set

        Should-BeTrue -Actual ([object]::ReferenceEquals($copy.Tables['orders'].Rows[0], $copy.Tables['lines'].Rows[0].GetParentRow('orderLines')))
        Should-BeFalse -Actual ([object]::ReferenceEquals($set.Tables['orders'], $copy.Tables['orders']))
    }

    It 'keeps a table''s DefaultView sort and filter with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $table = [System.Data.DataTable]::new('t'); [void]$table.Columns.Add('a', [int])
        1..5 | ForEach-Object { [void]$table.Rows.Add($_) }
        $table.DefaultView.RowFilter = 'a > 3'
        $table.DefaultView.Sort = 'a DESC'

        $copy = Copy-DeepObject -InputObject $table -Strategy $_

        Should-Be -Expected 'a DESC' -Actual $copy.DefaultView.Sort
        Should-Be -Expected 'a > 3' -Actual $copy.DefaultView.RowFilter
        Should-Be -Expected 2 -Actual $copy.DefaultView.Count
        Should-Be -Expected 5 -Actual $copy.DefaultView[0]['a']
    }

    It 'writes a table as an array of row objects with -Strategy Json' {
        $rows = New-QueryResult

        $copy = Copy-DeepObject -InputObject $rows[0].Table -Strategy Json

        Should-Be -Expected 2 -Actual $copy.Count
        Should-Be -Expected 'Grace' -Actual $copy[1].name
        Should-HaveType -Expected ([System.Management.Automation.PSCustomObject]) -Actual $copy[1].psobject.BaseObject
    }

    It 'measures a table, and reports in its row why the PSSerializer baseline cannot copy one, without running it' {
        $rows = New-QueryResult

        $measured = @(Measure-DeepCopy -InputObject @{ result = $rows[0].Table } -Strategy Auto -Baseline PSSerializer -Iterations 2 -Warmup 0)

        $auto = $measured | Where-Object Strategy -EQ 'Auto'
        Should-BeNull -Actual $auto.Error
        Should-Be -Expected 'Structural' -Actual $auto.Verification
        $serializer = $measured | Where-Object Strategy -EQ 'PSSerializer'
        Should-MatchString -Expected "table at \$\['result'\]" -Actual $serializer.Error
    }
}
