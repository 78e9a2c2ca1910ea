using System.Data;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>Relations and constraints reached on their own are their twins in the copy's schema; views and typed tables are refused with their reason.</summary>
public sealed class DataSchemaObjectTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_relation_and_constraints_reached_on_their_own_are_the_copys_own(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        var relation = sample.Set.Relations["lines"]!;
        var source = new object[] { relation, sample.Child.Constraints[0], sample.Parent.Constraints[0], sample.Set };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var set = Assert.IsType<DataSet>(copy[3]);
        Assert.Same(set.Relations["lines"], copy[0]);
        Assert.Same(set.Tables["child"]!.Constraints[0], Assert.IsType<ForeignKeyConstraint>(copy[1]));
        Assert.Same(set.Tables["parent"]!.Constraints[0], Assert.IsType<UniqueConstraint>(copy[2]));
    }

    [Fact]
    public void A_relation_in_no_set_is_refused_with_its_path()
    {
        var set = new DataSet();
        var parent = set.Tables.Add("p");
        var child = set.Tables.Add("c");
        var loose = new DataRelation("loose", parent.Columns.Add("id", typeof(int)), child.Columns.Add("pid", typeof(int)));
        Assert.Null(loose.DataSet);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new object[] { loose }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$[0]", error.Path);
        Assert.Contains("no DataSet", error.Message);
    }

    [Fact]
    public void A_view_and_a_typed_table_are_refused_for_what_they_are()
    {
        var table = new DataTable("t");
        table.Columns.Add("n", typeof(int));

        var view = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new object[] { table.DefaultView }));
        var typed = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new object[] { new TypedTable() }));

        Assert.Contains("live view", view.Message);
        Assert.Contains("typed DataTable", typed.Message);
        Assert.Equal(DeepCopyErrorKind.NonCopyableType, typed.Kind);
    }

    private sealed class TypedTable : DataTable
    {
        public TypedTable()
            : base("typed")
        {
            Columns.Add("n", typeof(int));
        }
    }
}
