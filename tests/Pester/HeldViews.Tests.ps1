#Requires -Version 7.2
# Views and owned collections held in the graph beside what owns them (hunt 27): the copy's view follows the copy.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Views held beside what they view' {
    It 'gives an [ordered] table''s held Keys, Values and AsReadOnly view over the copied table with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $table = [ordered]@{ a = 1 }
        $source = [ordered]@{ Keys = $table.Keys; Table = $table; Values = $table.Values; View = $table.AsReadOnly() }

        $copy = Copy-DeepObject -InputObject $source -Strategy $_
        $copy.Table['b'] = 2

        Should-BeInOrder -Expected @('a', 'b') -Actual @($copy.Keys)
        Should-BeInOrder -Expected @(1, 2) -Actual @($copy.Values)
        Should-BeInOrder -Expected @('a', 'b') -Actual @($copy.View.Keys)
        Should-BeTrue -Actual $copy.View.IsReadOnly
        Should-BeInOrder -Expected @('a') -Actual @($table.Keys)
    }

    It 'gives an OrderedHashtable''s held Keys over the copied table with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $table = '{"a":1}' | ConvertFrom-Json -AsHashtable
        $source = [ordered]@{ Keys = $table.Keys; Table = $table }

        $copy = Copy-DeepObject -InputObject $source -Strategy $_
        $copy.Table['b'] = 2

        Should-Be -Expected $table.GetType() -Actual $copy.Table.GetType()
        Should-BeInOrder -Expected @('a', 'b') -Actual @($copy.Keys)
        Should-Be -Expected 2 -Actual $copy.Table['b']
        Should-BeInOrder -Expected @('a') -Actual @($table.Keys)
    }

    It 'gives a DataTable''s held Columns and Rows as the copied table''s own with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $table = [System.Data.DataTable]::new('t'); [void]$table.Columns.Add('a', [int]); [void]$table.Rows.Add(1)
        $source = [ordered]@{ Table = $table; Columns = $table.Columns; Rows = $table.Rows }

        $copy = Copy-DeepObject -InputObject $source -Strategy $_
        [void]$copy.Columns.Add('b', [string])
        $row = $copy.Table.NewRow(); $row['b'] = 'x'

        Should-BeTrue -Actual ([object]::ReferenceEquals($copy.Table.Columns, $copy.Columns))
        Should-BeTrue -Actual ([object]::ReferenceEquals($copy.Table.Rows, $copy.Rows))
        Should-Be -Expected 1 -Actual $table.Columns.Count
    }

    It 'gives a DataSet''s held Tables as the copied set''s own with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $set = [System.Data.DataSet]::new(); [void]$set.Tables.Add('t')
        $source = [ordered]@{ Tables = $set.Tables; Relations = $set.Relations; Set = $set }

        $copy = Copy-DeepObject -InputObject $source -Strategy $_
        [void]$copy.Set.Tables.Add('n')

        Should-Be -Expected 2 -Actual $copy.Tables.Count
        Should-BeTrue -Actual ([object]::ReferenceEquals($copy.Set.Relations, $copy.Relations))
        Should-Be -Expected 1 -Actual $set.Tables.Count
    }
}
