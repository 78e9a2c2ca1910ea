using System.Collections;
using System.Data;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>DataSet and DataTable copies keep schema, row states, versions and errors, with cell values deep.</summary>
public sealed class DataSetCopyTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void DataSet_copy_equals_its_source_and_shares_nothing_mutable(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();

        var copy = DeepCopier.Copy(sample.Set, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(sample.Set, copy);
        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(sample.Set, copy, new DeepCompareOptions { Independence = true })));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Rows_keep_their_states_versions_and_errors(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();

        var parent = DeepCopier.Copy(sample.Set, new DeepCopyOptions { Strategy = strategy }).Tables["parent"]!;

        Assert.Equal(
            new[] { DataRowState.Unchanged, DataRowState.Modified, DataRowState.Deleted, DataRowState.Added },
            new[] { parent.Rows[0].RowState, parent.Rows[1].RowState, parent.Rows[2].RowState, parent.Rows[3].RowState });
        Assert.Equal(new byte[] { 3 }, parent.Rows[1]["data", DataRowVersion.Original]);
        Assert.Equal(new byte[] { 9, 9 }, parent.Rows[1]["data"]);
        Assert.Equal("deleted", parent.Rows[2]["label", DataRowVersion.Original]);
        Assert.Equal("checked by hand", parent.Rows[0].RowError);
        Assert.Equal("suspicious", parent.Rows[0].GetColumnError("item"));
        Assert.Equal("unchanged!", parent.Rows[0]["shout"]);
        Assert.True(parent.Columns["label"]!.ReadOnly);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Cell_values_are_deep_and_keep_their_sharing(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();

        var parent = DeepCopier.Copy(sample.Set, new DeepCopyOptions { Strategy = strategy }).Tables["parent"]!;

        var item = Assert.IsType<ArrayList>(parent.Rows[0]["item"]);
        Assert.NotSame(sample.Shared, item);
        Assert.Same(item, parent.Rows[1]["item"]);
        Assert.Same(item, parent.Rows[1]["item", DataRowVersion.Original]);
        Assert.NotSame(sample.Parent.Rows[0]["data"], parent.Rows[0]["data"]);
        var tags = Assert.IsType<ArrayList>(parent.ExtendedProperties["tags"]);
        Assert.NotSame(sample.Parent.ExtendedProperties["tags"], tags);
        Assert.Equal(new object[] { "a", "b" }, tags.ToArray());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Relations_keys_and_counters_work_in_the_copy(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();

        var copy = DeepCopier.Copy(sample.Set, new DeepCopyOptions { Strategy = strategy });

        var parent = copy.Tables["parent"]!;
        var child = copy.Tables["child"]!;
        Assert.Same(parent.Rows[0], child.Rows[0].GetParentRow("lines"));
        Assert.True(copy.EnforceConstraints);
        Assert.Equal(sample.Parent.NewRow()["id"], parent.NewRow()["id"]);
        Assert.Throws<ConstraintException>(() => parent.Rows.Add(100, null, null, "clash"));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Copying_leaves_the_source_as_it_was(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        WarmTheFrameworksCaches(sample.Set);
        var before = GraphSnapshot.Take(sample.Set);

        DeepCopier.Copy(sample.Set, new DeepCopyOptions { Strategy = strategy });

        before.AssertUnchanged(sample.Set);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_of_a_copy_equals_the_source(DeepCopyStrategy strategy)
    {
        var sample = new SampleDataSet();
        var options = new DeepCopyOptions { Strategy = strategy };

        var again = DeepCopier.Copy(DeepCopier.Copy(sample.Set, options), options);

        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(sample.Set, again, new DeepCompareOptions { Independence = true })));
    }

    [Fact]
    public void The_comparer_sees_a_changed_cell_and_a_changed_state()
    {
        var sample = new SampleDataSet();
        var copy = DeepCopier.Copy(sample.Set);
        ((byte[])copy.Tables["parent"]!.Rows[0]["data"])[0] = 42;
        copy.Tables["child"]!.Rows[1]["note"] = "changed";

        var differences = DeepComparer.Compare(sample.Set, copy);

        Assert.Contains(differences, d => d.Path == "$.Tables[0].Rows[0].Original[1][0]");
        Assert.Contains(differences, d => d.Path == "$.Tables[1].Rows[1].RowState");
    }

    /// <summary>
    /// The framework's Clone, which copies the schema, creates two caches on first use, as reading them through the
    /// public API does: each constraint's empty ExtendedProperties, and the Keys view of non-empty ExtendedProperties
    /// (documented in docs/system-data.md). They are made here first, so the snapshot shows that nothing else changes.
    /// </summary>
    private static void WarmTheFrameworksCaches(DataSet set)
    {
        _ = set.ExtendedProperties.Keys;
        foreach (DataTable table in set.Tables)
        {
            _ = table.ExtendedProperties.Keys;
            foreach (Constraint constraint in table.Constraints)
            {
                _ = constraint.ExtendedProperties.Keys;
            }

            foreach (DataColumn column in table.Columns)
            {
                _ = column.ExtendedProperties.Keys;
            }
        }
    }
}
