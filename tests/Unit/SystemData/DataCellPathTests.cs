using System.Data;
using System.IO;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>A cell value that cannot be copied is named by its table, row, column and version, as PowerShell would index it.</summary>
public sealed class DataCellPathTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_non_copyable_cell_is_named_by_table_row_and_column(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        using var stream = new MemoryStream();
        sample.Parent.Rows[3]["item"] = stream;

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(sample.Set, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal("$.Tables['parent'].Rows[3].item", error.Path);
        Assert.Same(stream, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_original_value_is_named_with_its_version(DeepCopyStrategy strategy)
    {
        var table = new DataTable("t");
        table.Columns.Add("item", typeof(object));
        using var stream = new MemoryStream();
        table.Rows.Add(stream);
        table.AcceptChanges();
        table.Rows[0]["item"] = "replaced";

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal("$.Rows[0]['item', 'Original']", error.Path);
    }
}
