using System.Data;
using DeepCopy.Tests.SystemData;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>The Json strategy writes a table as an array of row objects and a set as an object of tables, as JSON users expect.</summary>
public sealed class JsonDataTableTests
{
    [Fact]
    public void A_table_comes_back_as_an_array_of_row_objects_without_its_deleted_rows()
    {
        var sample = new SampleDataSet();

        var copy = Assert.IsType<object[]>(Copy(sample.Parent));

        Assert.Equal(3, copy.Length);
        Assert.Equal(100, Note(copy[0], "id"));
        Assert.Equal("unchanged", Note(copy[0], "label"));
        Assert.Equal("unchanged!", Note(copy[0], "shout"));
        Assert.Equal(new object[] { 1, 2 }, Assert.IsType<object[]>(Note(copy[0], "item")));
        Assert.Equal("added", Note(copy[2], "label"));
    }

    [Fact]
    public void A_set_comes_back_as_an_object_of_its_tables_by_name()
    {
        var sample = new SampleDataSet();

        var copy = Copy(sample.Set);

        Assert.Equal(3, Assert.IsType<object[]>(Note(copy, "parent")).Length);
        var lines = Assert.IsType<object[]>(Note(copy, "child"));
        Assert.Equal("second line", Note(lines[1], "note"));
    }

    [Fact]
    public void A_null_cell_comes_back_as_null()
    {
        var table = new DataTable("t");
        table.Columns.Add("maybe", typeof(string));
        table.Rows.Add(System.DBNull.Value);

        var copy = Assert.IsType<object[]>(Copy(table));

        Assert.Null(Note(copy[0], "maybe"));
    }
}
