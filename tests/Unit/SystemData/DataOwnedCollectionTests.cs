using System.Linq;
using System.Data;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>
/// A table's Rows, Columns, Constraints, ParentRelations and ChildRelations, and a set's Tables and Relations, held in
/// the graph beside their owner (before or after it) are the owner's copy's own collections, so writing through them
/// writes to the copied table or set, as in the source (hunt 27, F5).
/// </summary>
public sealed class DataOwnedCollectionTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_standalone_tables_collections_are_the_copied_tables_own(DeepCopyStrategy strategy)
    {
        var table = new DataTable("t");
        table.Columns.Add("a", typeof(int));
        table.Rows.Add(1);
        var source = new object[] { table.Columns, table.Rows, table, table.Constraints };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var copied = Assert.IsType<DataTable>(copy[2]);
        Assert.Same(copied.Columns, copy[0]);
        Assert.Same(copied.Rows, copy[1]);
        Assert.Same(copied.Constraints, copy[3]);
        ((DataColumnCollection)copy[0]).Add("b", typeof(string));
        copied.NewRow()["b"] = "x";
        Assert.Single(table.Columns);
        Assert.Single(table.Rows);
        Assert.Single(copied.Rows);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_sets_collections_and_its_tables_relations_are_the_copied_sets_own(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        var source = new object[]
        {
            sample.Set.Tables, sample.Set.Relations, sample.Child.ParentRelations, sample.Parent.ChildRelations,
            sample.Child.Rows, sample.Set,
        };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var set = Assert.IsType<DataSet>(copy[5]);
        Assert.Same(set.Tables, copy[0]);
        Assert.Same(set.Relations, copy[1]);
        Assert.Same(set.Tables["child"]!.ParentRelations, copy[2]);
        Assert.Same(set.Tables["parent"]!.ChildRelations, copy[3]);
        Assert.Same(set.Tables["child"]!.Rows, copy[4]);
        ((DataTableCollection)copy[0]).Add("n");
        Assert.Equal(3, set.Tables.Count);
        Assert.Equal(2, sample.Set.Tables.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_tables_rows_held_alone_bring_a_copy_of_their_table(DeepCopyStrategy strategy)
    {
        var table = new DataTable("t");
        table.Columns.Add("a", typeof(int));
        table.Rows.Add(1);

        var copy = DeepCopier.Copy(table.Rows, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(table.Rows, copy);
        Assert.Equal(1, Assert.Single(copy.Cast<DataRow>())["a"]);
        copy.Add(2);
        Assert.Single(table.Rows);
    }
}
