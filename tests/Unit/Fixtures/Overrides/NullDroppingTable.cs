namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>Ignores a null written through its indexer, as a table that treats null as "no entry" would.</summary>
public sealed class NullDroppingTable : RecordingTable
{
    public NullDroppingTable(int capacity)
        : base(capacity)
    {
    }

    public override object? this[object key]
    {
        get => base[key];
        set
        {
            if (OverrideCalls.Record(value) != null)
            {
                base[key] = value;
            }
        }
    }
}
