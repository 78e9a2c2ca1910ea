using System.Linq;
using System.Data;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>
/// A table's DefaultView settings (sort, filters, default sort, what it allows) reach the copy's DefaultView, for a table
/// copied alone and for one in a set; a table whose default view was never made leaves the copy's unmade (hunt 27, F3).
/// </summary>
public sealed class DataDefaultViewTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_standalone_tables_default_view_keeps_its_settings(DeepCopyStrategy strategy)
    {
        var table = Numbers();
        var view = table.DefaultView;
        view.RowFilter = "a > 3";
        view.Sort = "a DESC";
        view.AllowNew = false;

        var copy = DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal("a DESC", copy.DefaultView.Sort);
        Assert.Equal("a > 3", copy.DefaultView.RowFilter);
        Assert.False(copy.DefaultView.AllowNew);
        Assert.Equal(2, copy.DefaultView.Count);
        Assert.Equal(5, copy.DefaultView[0]["a"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_set_tables_default_view_keeps_its_row_state_filter(DeepCopyStrategy strategy)
    {
        var set = new DataSet();
        var table = set.Tables.Add("t");
        table.Columns.Add("a", typeof(int));
        table.Rows.Add(1);
        table.AcceptChanges();
        table.Rows.Add(2);
        table.DefaultView.RowStateFilter = DataViewRowState.Added;
        table.DefaultView.ApplyDefaultSort = true;

        var copy = DeepCopier.Copy(set, new DeepCopyOptions { Strategy = strategy })!;

        var view = copy.Tables["t"]!.DefaultView;
        Assert.Equal(DataViewRowState.Added, view.RowStateFilter);
        Assert.True(view.ApplyDefaultSort);
        Assert.Equal(2, Assert.Single(view.Cast<DataRowView>())["a"]);
    }

    private static DataTable Numbers()
    {
        var table = new DataTable("t");
        table.Columns.Add("a", typeof(int));
        for (var a = 1; a <= 5; a++)
        {
            table.Rows.Add(a);
        }

        return table;
    }
}
