using System.Collections;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>Shows '***' for every key that names a password, when enumerated or read, as a table made for display would.</summary>
public sealed class MaskingTable : RecordingTable
{
    public MaskingTable(int capacity)
        : base(capacity)
    {
    }

    public override int Count => OverrideCalls.Record(base.Count);

    public override object? this[object key]
    {
        get => OverrideCalls.Record(IsSecret(key) ? "***" : base[key]);
        set => base[OverrideCalls.Record(key)] = value;
    }

    public override IDictionaryEnumerator GetEnumerator()
    {
        var shown = new Hashtable();
        foreach (var entry in RealEntries())
        {
            shown[entry.Key] = IsSecret(entry.Key) ? "***" : entry.Value;
        }

        return Show(shown);
    }

    private static bool IsSecret(object key) => key is string name && name.Contains("password", System.StringComparison.OrdinalIgnoreCase);
}
