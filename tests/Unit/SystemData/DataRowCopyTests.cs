using System.Data;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>Rows, tables and columns reached on their own resolve into one copy of the table (and of its set).</summary>
public sealed class DataRowCopyTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Rows_reached_on_their_own_are_rows_of_one_table_copy(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        var source = new object[] { sample.Parent.Rows[3], sample.Child.Rows[1], sample.Parent.Rows[0], sample.Parent.Columns["data"]!, sample.Set };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var set = Assert.IsType<DataSet>(copy[4]);
        Assert.Same(set.Tables["parent"]!.Rows[3], copy[0]);
        Assert.Same(set.Tables["child"]!.Rows[1], copy[1]);
        Assert.Same(set.Tables["parent"]!.Rows[0], copy[2]);
        Assert.Same(set.Tables["parent"]!.Columns["data"], copy[3]);
        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true })));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_table_of_a_set_brings_its_set(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();

        var child = DeepCopier.Copy(sample.Child, new DeepCopyOptions { Strategy = strategy });

        Assert.NotNull(child.DataSet);
        Assert.NotSame(sample.Set, child.DataSet);
        Assert.Equal(4, child.DataSet!.Tables["parent"]!.Rows.Count);
        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(sample.Child, child, new DeepCompareOptions { Independence = true })));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_standalone_table_copies_on_its_own(DeepCopyStrategy strategy)
    {
        var table = new DataTable("loose");
        table.Columns.Add("n", typeof(int));
        table.Columns.Add("data", typeof(byte[]));
        table.Rows.Add(1, new byte[] { 1 });

        var copy = DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy });

        Assert.Null(copy.DataSet);
        Assert.Equal(DataRowState.Added, copy.Rows[0].RowState);
        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(table, copy, new DeepCompareOptions { Independence = true })));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_detached_row_gets_a_detached_twin_with_its_values(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        var row = sample.Parent.NewRow();
        row["label"] = "not added yet";
        row["data"] = new byte[] { 5 };

        var copy = DeepCopier.Copy(row, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(DataRowState.Detached, copy.RowState);
        Assert.Equal("not added yet", copy["label"]);
        Assert.NotSame(row["data"], copy["data"]);
        Assert.NotSame(sample.Parent, copy.Table);
        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(row, copy, new DeepCompareOptions { Independence = true })));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_row_in_the_middle_of_an_edit_keeps_its_pending_values_pending(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        var row = sample.Parent.Rows[0];
        row.BeginEdit();
        row["data"] = new byte[] { 8 };

        var copy = DeepCopier.Copy(sample.Set, new DeepCopyOptions { Strategy = strategy }).Tables["parent"]!.Rows[0];

        Assert.True(copy.HasVersion(DataRowVersion.Proposed));
        Assert.Equal(new byte[] { 8 }, copy["data", DataRowVersion.Proposed]);
        Assert.Equal(new byte[] { 1, 2 }, copy["data", DataRowVersion.Current]);
        copy.EndEdit();
        Assert.Equal(DataRowState.Modified, copy.RowState);
        row.CancelEdit();
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_row_taken_out_of_its_table_gets_a_twin_without_values(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        var row = sample.Parent.Rows[3];
        sample.Parent.Rows.Remove(row);

        var copy = DeepCopier.Copy(row, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(DataRowState.Detached, copy.RowState);
        Assert.False(copy.HasVersion(DataRowVersion.Proposed));
        Assert.Equal(3, copy.Table.Rows.Count);
        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(row, copy, new DeepCompareOptions { Independence = true })));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_cell_holding_its_own_table_keeps_the_cycle(DeepCopyStrategy strategy)
    {
        var table = new DataTable("self");
        table.Columns.Add("link", typeof(object));
        table.Rows.Add(table);
        table.Rows.Add(new object[] { table.Rows[0] });

        var copy = DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(copy, copy.Rows[0]["link"]);
        Assert.Same(copy.Rows[0], copy.Rows[1]["link"]);
    }

    [Fact]
    public void A_column_in_no_table_is_refused_with_its_path()
    {
        var source = new Holder { Column = new DataColumn("alone") };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.Column", error.Path);
        Assert.Same(source.Column, error.OffendingValue);
    }

    [Fact]
    public void Rows_of_a_shared_table_are_shared_too()
    {
        var sample = new SampleDataSet();
        var options = new DeepCopyOptions { TypePolicies = TypePolicySet.CreateBuilder().Share(typeof(DataSet)).Build() };

        var copy = DeepCopier.Copy(new object[] { sample.Parent.Rows[0] }, options);

        Assert.Same(sample.Parent.Rows[0], copy[0]);
    }

    private sealed class Holder
    {
        public DataColumn? Column;
    }
}
