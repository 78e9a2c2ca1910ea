using System;
using System.Collections;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>A SortedList subclass whose every member that shows or looks up its entries throws, and whose Count counts its calls.</summary>
public sealed class ThrowingSortedList : SortedList
{
    public ThrowingSortedList()
    {
    }

    public ThrowingSortedList(IComparer comparer)
        : base(comparer)
    {
    }

    // SortedList's own Insert reads Count (a virtual call), so this one counts its calls rather than throwing.
    public override int Count => OverrideCalls.Record(base.Count);

    public override ICollection Keys => throw OverrideCalls.Refuse(nameof(Keys));

    public override ICollection Values => throw OverrideCalls.Refuse(nameof(Values));

    public override bool IsSynchronized => throw OverrideCalls.Refuse(nameof(IsSynchronized));

    public override object SyncRoot => throw OverrideCalls.Refuse(nameof(SyncRoot));

    public override object? this[object key]
    {
        get => throw OverrideCalls.Refuse("the indexer");
        set => throw OverrideCalls.Refuse("the indexer");
    }

    public void SetReal(object key, object? value) => base[key] = value;

    public override IDictionaryEnumerator GetEnumerator() => throw OverrideCalls.Refuse(nameof(GetEnumerator));

    public override object? GetByIndex(int index) => throw OverrideCalls.Refuse(nameof(GetByIndex));

    public override object GetKey(int index) => throw OverrideCalls.Refuse(nameof(GetKey));

    public override IList GetKeyList() => throw OverrideCalls.Refuse(nameof(GetKeyList));

    public override IList GetValueList() => throw OverrideCalls.Refuse(nameof(GetValueList));

    public override int IndexOfKey(object key) => throw OverrideCalls.Refuse(nameof(IndexOfKey));

    public override int IndexOfValue(object? value) => throw OverrideCalls.Refuse(nameof(IndexOfValue));

    public override bool Contains(object key) => throw OverrideCalls.Refuse(nameof(Contains));

    public override bool ContainsKey(object key) => throw OverrideCalls.Refuse(nameof(ContainsKey));

    public override bool ContainsValue(object? value) => throw OverrideCalls.Refuse(nameof(ContainsValue));

    public override void CopyTo(Array array, int arrayIndex) => throw OverrideCalls.Refuse(nameof(CopyTo));

    public override object Clone() => throw OverrideCalls.Refuse(nameof(Clone));
}
