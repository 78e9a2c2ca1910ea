using System.Collections;
using System.Collections.Generic;
using System.Data;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement;

/// <summary>The PSSerializer baseline learns, before it runs, how deep the graph goes and where it holds a table.</summary>
public sealed class SerializerHazardsTests
{
    [Fact]
    public void Finds_the_path_of_the_first_row_or_table()
    {
        var table = new DataTable("t");
        table.Columns.Add("n", typeof(int));
        table.Rows.Add(1);
        var graph = new Hashtable { ["plain"] = new List<int> { 1 }, ["rows"] = new object[] { 5, table.Rows[0] } };

        Assert.Equal("$['rows'][1]", SerializerHazards.Inspect(graph).DataTablePath);
    }

    [Fact]
    public void Finds_no_table_in_a_graph_without_one()
    {
        var graph = new Hashtable { ["list"] = new List<object> { new Hashtable(), "text" } };

        Assert.Null(SerializerHazards.Inspect(graph).DataTablePath);
    }

    [Fact]
    public void Measures_the_depth_of_the_deepest_object()
    {
        var deepest = new Hashtable { ["leaf"] = "text" };
        var graph = new Hashtable { ["a"] = new object[] { 1, new Hashtable { ["b"] = deepest } }, ["flat"] = 2 };

        Assert.Equal(3, SerializerHazards.Inspect(graph).GraphDepth);
        Assert.Equal(0, SerializerHazards.Inspect(new Hashtable { ["only"] = "scalars" }).GraphDepth);
    }
}
