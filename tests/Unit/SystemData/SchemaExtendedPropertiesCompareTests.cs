using System.Collections.Generic;
using System.Data;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>
/// A relation's and a constraint's ExtendedProperties are data a copy keeps, as a table's and a column's are: the
/// comparer compares them and -Independence walks them, at the relation's or constraint's place in its list.
/// </summary>
public sealed class SchemaExtendedPropertiesCompareTests
{
    private static readonly DeepCompareOptions Independence = new DeepCompareOptions { Independence = true };

    private static DataSet Build(string note = "original")
    {
        var set = new DataSet("s");
        var parent = set.Tables.Add("p");
        parent.Columns.Add("id", typeof(int));
        parent.PrimaryKey = new[] { parent.Columns["id"]! };
        var child = set.Tables.Add("c");
        child.Columns.Add("pid", typeof(int));
        var relation = set.Relations.Add("r", parent.Columns["id"]!, child.Columns["pid"]!);
        relation.ExtendedProperties["note"] = note;
        parent.Constraints[0].ExtendedProperties["note"] = note;
        return set;
    }

    [Fact]
    public void A_changed_relation_extended_property_is_reported_at_the_relation()
    {
        var changed = Build();
        changed.Relations["r"]!.ExtendedProperties["note"] = "changed";

        var found = Assert.Single(DeepComparer.Compare(Build(), changed));

        Assert.Equal("$.Relations[0].ExtendedProperties['note']", found.Path);
    }

    [Fact]
    public void A_changed_constraint_extended_property_is_reported_at_the_constraint()
    {
        var changed = Build();
        changed.Tables["p"]!.Constraints[0].ExtendedProperties["note"] = "changed";

        var found = Assert.Single(DeepComparer.Compare(Build(), changed));

        Assert.Equal("$.Tables[0].Constraints[0].ExtendedProperties['note']", found.Path);
    }

    [Fact]
    public void A_changed_relation_is_still_reported_by_its_definition()
    {
        var changed = Build();
        changed.Relations["r"]!.RelationName = "renamed";

        var found = Assert.Single(DeepComparer.Compare(Build(), changed));

        Assert.Equal("$.Relations[0].Definition", found.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_keeps_them_equal_and_independent(DeepCopyStrategy strategy)
    {
        var source = Build();
        source.Relations["r"]!.ExtendedProperties["tags"] = new List<int> { 1 };
        source.Tables["p"]!.Constraints[0].ExtendedProperties["tags"] = new List<int> { 2 };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(source, copy, Independence)));
    }

    [Fact]
    public void A_list_shared_under_a_relation_or_a_constraint_is_reported()
    {
        var source = Build();
        // Two lists: each object is reported once, where the walk first meets it.
        var underRelation = new List<int>();
        var underConstraint = new List<int>();
        source.Relations["r"]!.ExtendedProperties["tags"] = underRelation;
        source.Tables["p"]!.Constraints[0].ExtendedProperties["tags"] = underConstraint;
        var copy = DeepCopier.Copy(source);
        copy.Relations["r"]!.ExtendedProperties["tags"] = underRelation;
        copy.Tables["p"]!.Constraints[0].ExtendedProperties["tags"] = underConstraint;

        var paths = DeepComparer.Compare(source, copy, Independence).Select(d => d.Path).ToList();

        Assert.Contains("$.Relations[0].ExtendedProperties['tags']", paths);
        Assert.Contains("$.Tables[0].Constraints[0].ExtendedProperties['tags']", paths);
    }
}
