using System.Collections;
using System.Data;

namespace DeepCopy.Tests.SystemData;

/// <summary>
/// A DataSet with everything a copy could lose: a parent and a child table joined by a relation, an auto-increment
/// key, byte[] and object columns (one object shared by two rows), a read-only column, an expression column, rows in
/// every state, row and column errors, extended properties holding a mutable list.
/// </summary>
internal sealed class SampleDataSet
{
    public SampleDataSet()
    {
        Set = new DataSet("orders");
        Parent = Set.Tables.Add("parent");
        var id = Parent.Columns.Add("id", typeof(int));
        id.AutoIncrement = true;
        id.AutoIncrementSeed = 100;
        Parent.Columns.Add("data", typeof(byte[]));
        Parent.Columns.Add("item", typeof(object));
        var label = Parent.Columns.Add("label", typeof(string));
        Parent.Columns.Add("shout", typeof(string), "label + '!'");
        Parent.PrimaryKey = new[] { id };
        Child = Set.Tables.Add("child");
        Child.Columns.Add("parentId", typeof(int));
        Child.Columns.Add("note", typeof(string));
        Set.Relations.Add("lines", id, Child.Columns["parentId"]!);

        Shared = new ArrayList { 1, 2 };
        Parent.Rows.Add(null, new byte[] { 1, 2 }, Shared, "unchanged");
        Parent.Rows.Add(null, new byte[] { 3 }, Shared, "modified");
        Parent.Rows.Add(null, null, new Hashtable { ["h"] = 1 }, "deleted");
        Child.Rows.Add(100, "first line");
        Child.Rows.Add(101, "second line");
        Set.AcceptChanges();

        label.ReadOnly = true;
        Parent.Rows[1]["data"] = new byte[] { 9, 9 };
        Parent.Rows[2].Delete();
        Parent.Rows.Add(null, new byte[] { 7 }, null, "added");
        Parent.Rows[0].RowError = "checked by hand";
        Parent.Rows[0].SetColumnError("item", "suspicious");
        Parent.ExtendedProperties["tags"] = new ArrayList { "a", "b" };
    }

    public DataSet Set { get; }

    public DataTable Parent { get; }

    public DataTable Child { get; }

    /// <summary>The object held by the item cell of both the first and the second parent row.</summary>
    public ArrayList Shared { get; }
}
