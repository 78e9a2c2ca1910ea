using System.Collections.Specialized;
using System.Data;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>The Json strategy writes a table as an array of row objects and a set as an object of tables, as JSON users expect.</summary>
public sealed class DataJsonTests
{
    private static readonly DeepCopyOptions Json = new DeepCopyOptions { Strategy = DeepCopyStrategy.Json };

    [Fact]
    public void A_table_comes_back_as_an_array_of_row_objects_without_its_deleted_rows()
    {
        var sample = new SampleDataSet();

        var copy = Assert.IsType<object[]>(DeepCopier.Copy<object>(sample.Parent, Json));

        Assert.Equal(3, copy.Length);
        var first = Assert.IsType<OrderedDictionary>(copy[0]);
        Assert.Equal(100, first["id"]);
        Assert.Equal("unchanged", first["label"]);
        Assert.Equal("unchanged!", first["shout"]);
        Assert.Equal(new object[] { 1, 2 }, Assert.IsType<object[]>(first["item"]));
        Assert.Equal("added", ((OrderedDictionary)copy[2])["label"]);
    }

    [Fact]
    public void A_set_comes_back_as_an_object_of_its_tables_by_name()
    {
        var sample = new SampleDataSet();

        var copy = Assert.IsType<OrderedDictionary>(DeepCopier.Copy<object>(sample.Set, Json));

        var names = new object[copy.Count];
        copy.Keys.CopyTo(names, 0);
        Assert.Equal(new object[] { "parent", "child" }, names);
        var lines = Assert.IsType<object[]>(copy["child"]);
        Assert.Equal("second line", ((OrderedDictionary)lines[1])["note"]);
    }

    [Fact]
    public void A_null_cell_comes_back_as_null()
    {
        var table = new DataTable("t");
        table.Columns.Add("maybe", typeof(string));
        table.Rows.Add(System.DBNull.Value);

        var copy = Assert.IsType<object[]>(DeepCopier.Copy<object>(table, Json));

        Assert.Null(((OrderedDictionary)copy[0])["maybe"]);
    }
}
