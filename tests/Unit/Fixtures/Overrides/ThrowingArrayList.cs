using System;
using System.Collections;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>An ArrayList subclass whose every member that shows or counts its items throws.</summary>
public sealed class ThrowingArrayList : ArrayList
{
    public override int Count => throw OverrideCalls.Refuse(nameof(Count));

    public override bool IsSynchronized => throw OverrideCalls.Refuse(nameof(IsSynchronized));

    public override object SyncRoot => throw OverrideCalls.Refuse(nameof(SyncRoot));

    public override object? this[int index]
    {
        get => throw OverrideCalls.Refuse("the indexer");
        set => throw OverrideCalls.Refuse("the indexer");
    }

    public void AddReal(object? item) => base.Add(item);

    public void SetReal(int index, object? item) => base[index] = item;

    public override IEnumerator GetEnumerator() => throw OverrideCalls.Refuse(nameof(GetEnumerator));

    public override IEnumerator GetEnumerator(int index, int count) => throw OverrideCalls.Refuse(nameof(GetEnumerator));

    public override object?[] ToArray() => throw OverrideCalls.Refuse(nameof(ToArray));

    public override Array ToArray(Type type) => throw OverrideCalls.Refuse(nameof(ToArray));

    public override bool Contains(object? item) => throw OverrideCalls.Refuse(nameof(Contains));

    public override int IndexOf(object? value) => throw OverrideCalls.Refuse(nameof(IndexOf));

    public override void CopyTo(Array array, int arrayIndex) => throw OverrideCalls.Refuse(nameof(CopyTo));

    public override object Clone() => throw OverrideCalls.Refuse(nameof(Clone));
}
