using System.Collections;
using System.Collections.Generic;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>
/// A Hashtable subclass of the user's, whose subclasses override members that show or count its entries. It reads and
/// writes its real entries through Hashtable's own members (C# base calls, never virtual), so a test can tell what a
/// table holds whatever its overrides show.
/// </summary>
public abstract class RecordingTable : Hashtable
{
    /// <summary>A field the subclass declares itself: a copy must copy it deep.</summary>
    public List<int> Tags = new List<int> { 1 };

    protected RecordingTable(int capacity)
        : base(capacity)
    {
    }

    public int RealCount => base.Count;

    public object? GetReal(object key) => base[key];

    public void SetReal(object key, object? value) => base[key] = value;

    public bool HasReal(object key) => base.ContainsKey(key);

    public void RemoveReal(object key) => base.Remove(key);

    public List<DictionaryEntry> RealEntries()
    {
        var entries = new List<DictionaryEntry>();
        var reader = base.GetEnumerator();
        while (reader.MoveNext())
        {
            entries.Add(reader.Entry);
        }

        return entries;
    }

    /// <summary>A table that shows what <paramref name="shown"/> holds: the entries an override presents instead of the real ones.</summary>
    protected static IDictionaryEnumerator Show(Hashtable shown) => OverrideCalls.Record(shown.GetEnumerator());
}
