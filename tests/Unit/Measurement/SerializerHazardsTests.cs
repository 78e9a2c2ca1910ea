using System.Collections;
using System.Collections.Generic;
using System.Data;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement;

/// <summary>The PSSerializer baseline is told, before it runs, where a graph holds a System.Data table.</summary>
public sealed class SerializerHazardsTests
{
    [Fact]
    public void Finds_the_path_of_the_first_row_or_table()
    {
        var table = new DataTable("t");
        table.Columns.Add("n", typeof(int));
        table.Rows.Add(1);
        var graph = new Hashtable { ["plain"] = new List<int> { 1 }, ["rows"] = new object[] { 5, table.Rows[0] } };

        Assert.Equal("$['rows'][1]", SerializerHazards.FindDataTable(graph));
    }

    [Fact]
    public void Finds_nothing_in_a_graph_without_tables()
    {
        var graph = new Hashtable { ["list"] = new List<object> { new Hashtable(), "text" } };

        Assert.Null(SerializerHazards.FindDataTable(graph));
    }
}
