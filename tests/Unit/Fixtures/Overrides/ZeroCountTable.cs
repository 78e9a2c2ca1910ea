using System.Collections;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>Says it is empty, by its count and its enumerator, whatever it holds.</summary>
public sealed class ZeroCountTable : RecordingTable
{
    public ZeroCountTable(int capacity)
        : base(capacity)
    {
    }

    public override int Count => OverrideCalls.Record(0);

    public override IDictionaryEnumerator GetEnumerator() => Show(new Hashtable());
}
