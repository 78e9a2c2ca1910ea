using System.Collections;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>Hides its internal entries (keys that start with '_') from enumeration and from its count.</summary>
public sealed class HidingTable : RecordingTable
{
    public HidingTable(int capacity)
        : base(capacity)
    {
    }

    public override int Count => OverrideCalls.Record(Visible().Count);

    public override IDictionaryEnumerator GetEnumerator() => Show(Visible());

    private Hashtable Visible()
    {
        var visible = new Hashtable();
        foreach (var entry in RealEntries())
        {
            if (!(entry.Key is string name && name.StartsWith('_')))
            {
                visible[entry.Key] = entry.Value;
            }
        }

        return visible;
    }
}
