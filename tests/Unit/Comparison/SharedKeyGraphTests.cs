using System.Collections.Generic;
using System.Data;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Set items and object keys are paired by questions, each walked on its own. Keys that each lead to one large
    /// shared object (every row of a table leads to the table, and so to all its rows) compared it once per key: a set of
    /// 2,000 rows took 22 seconds. These count the pairs of objects compared (on this thread), not time, and pin what is
    /// reported, which sharing what questions found must not change.
    /// </summary>
    public sealed class SharedKeyGraphTests
    {
        private const int Rows = 400;

        [Fact]
        public void A_set_of_a_tables_rows_equals_its_copy()
        {
            var reference = RowSet(Rows);

            Assert.Empty(DeepComparer.Compare(reference, DeepCopier.Copy(reference)));
        }

        [Fact]
        public void A_set_of_a_tables_rows_compares_each_row_a_bounded_number_of_times()
        {
            var reference = RowSet(Rows);
            var difference = DeepCopier.Copy(reference);

            var compared = Compared(() => Assert.Empty(DeepComparer.Compare(reference, difference)));

            Assert.True(compared < 50 * Rows, compared + " pairs compared");
        }

        [Fact]
        public void One_changed_row_makes_every_row_differ_since_each_leads_to_the_changed_table()
        {
            var reference = RowSet(Rows);
            var difference = DeepCopier.Copy(reference);
            difference.Single(row => (int)row["Id"] == Rows / 2)["Name"] = "changed";

            var found = DeepComparer.Compare(reference, difference);

            Assert.Equal(2 * Rows, found.Count);
            Assert.Equal(reference.ToArray(), found.Take(Rows).Select(d => d.ReferenceValue).ToArray());
            Assert.Equal(difference.ToArray(), found.Skip(Rows).Select(d => d.DifferenceValue).ToArray());
            Assert.All(found.Take(Rows), d => Assert.Equal("$[<key of type System.Data.DataRow>]: MissingKey: The item a [System.Data.DataRow] is missing.", d.ToString()));
            Assert.All(found.Skip(Rows), d => Assert.Equal("$[<key of type System.Data.DataRow>]: ExtraKey: The item a [System.Data.DataRow] is not expected.", d.ToString()));
        }

        [Fact]
        public void One_changed_row_costs_a_bounded_number_of_pairs_per_row()
        {
            var reference = RowSet(Rows);
            var difference = DeepCopier.Copy(reference);
            difference.Single(row => (int)row["Id"] == Rows / 2)["Name"] = "changed";

            var compared = Compared(() => Assert.Equal(2 * Rows, DeepComparer.Compare(reference, difference).Count));

            Assert.True(compared < 50 * Rows, compared + " pairs compared");
        }

        [Fact]
        public void Two_sets_of_one_tables_rows_and_a_changed_row_report_every_row_of_both_sets()
        {
            var rows = Table(20).Rows.Cast<DataRow>().ToArray();
            var reference = new List<object> { new HashSet<DataRow>(rows.Take(10)), new HashSet<DataRow>(rows.Skip(5)), rows[3] };
            var difference = DeepCopier.Copy(reference);
            ((DataRow)difference[2])["Name"] = "changed";

            var found = DeepComparer.Compare(reference, difference);

            // The first comparison of the shared table, in the first set, already meets the changed row: no row pairs.
            var expected = new List<string>();
            expected.AddRange(Enumerable.Repeat("$[0][<key of type System.Data.DataRow>]: MissingKey: The item a [System.Data.DataRow] is missing.", 10));
            expected.AddRange(Enumerable.Repeat("$[0][<key of type System.Data.DataRow>]: ExtraKey: The item a [System.Data.DataRow] is not expected.", 10));
            expected.AddRange(Enumerable.Repeat("$[1][<key of type System.Data.DataRow>]: MissingKey: The item a [System.Data.DataRow] is missing.", 15));
            expected.AddRange(Enumerable.Repeat("$[1][<key of type System.Data.DataRow>]: ExtraKey: The item a [System.Data.DataRow] is not expected.", 15));
            expected.Add("$[2].Current[1]: ValueDifferent: Expected 'row3' but found 'changed'.");
            Assert.Equal(expected, found.Select(d => d.ToString()).ToArray());
            Assert.Equal(((HashSet<DataRow>)reference[0]).Concat((HashSet<DataRow>)reference[1]).ToArray(), found.Where(d => d.Kind == DeepDifferenceKind.MissingKey).Select(d => d.ReferenceValue).ToArray());
        }

        private static HashSet<DataRow> RowSet(int count) => new HashSet<DataRow>(Table(count).Rows.Cast<DataRow>());

        private static DataTable Table(int count)
        {
            var table = new DataTable("t");
            table.Columns.Add("Id", typeof(int));
            table.Columns.Add("Name", typeof(string));
            for (var i = 0; i < count; i++)
            {
                table.Rows.Add(i, "row" + i);
            }

            return table;
        }

        private static long Compared(System.Action compare)
        {
            var before = CompareWalker.PairsCompared;
            compare();
            return CompareWalker.PairsCompared - before;
        }
    }
}
