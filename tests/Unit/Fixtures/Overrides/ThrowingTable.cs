using System;
using System.Collections;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>Every public member a copy or a comparison could read or write it through throws.</summary>
public sealed class ThrowingTable : RecordingTable
{
    public ThrowingTable(int capacity)
        : base(capacity)
    {
    }

    public override int Count => throw OverrideCalls.Refuse(nameof(Count));

    public override bool IsSynchronized => throw OverrideCalls.Refuse(nameof(IsSynchronized));

    public override object SyncRoot => throw OverrideCalls.Refuse(nameof(SyncRoot));

    public override ICollection Keys => throw OverrideCalls.Refuse(nameof(Keys));

    public override ICollection Values => throw OverrideCalls.Refuse(nameof(Values));

    public override object? this[object key]
    {
        get => throw OverrideCalls.Refuse("the indexer");
        set => throw OverrideCalls.Refuse("the indexer");
    }

    public override IDictionaryEnumerator GetEnumerator() => throw OverrideCalls.Refuse(nameof(GetEnumerator));

    public override void Add(object key, object? value) => throw OverrideCalls.Refuse(nameof(Add));

    public override bool Contains(object key) => throw OverrideCalls.Refuse(nameof(Contains));

    public override bool ContainsKey(object key) => throw OverrideCalls.Refuse(nameof(ContainsKey));

    public override bool ContainsValue(object? value) => throw OverrideCalls.Refuse(nameof(ContainsValue));

    public override void CopyTo(Array array, int arrayIndex) => throw OverrideCalls.Refuse(nameof(CopyTo));

    public override void Clear() => throw OverrideCalls.Refuse(nameof(Clear));

    public override object Clone() => throw OverrideCalls.Refuse(nameof(Clone));

    public override void Remove(object key) => throw OverrideCalls.Refuse(nameof(Remove));
}
