using System;
using System.Collections;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>A Stack subclass whose every member that shows or counts its items throws.</summary>
public sealed class ThrowingStack : Stack
{
    public override int Count => throw OverrideCalls.Refuse(nameof(Count));

    public override bool IsSynchronized => throw OverrideCalls.Refuse(nameof(IsSynchronized));

    public override object SyncRoot => throw OverrideCalls.Refuse(nameof(SyncRoot));

    public void PushReal(object? item) => base.Push(item);

    public object? PopReal() => base.Pop();

    public override IEnumerator GetEnumerator() => throw OverrideCalls.Refuse(nameof(GetEnumerator));

    public override object?[] ToArray() => throw OverrideCalls.Refuse(nameof(ToArray));

    public override object? Peek() => throw OverrideCalls.Refuse(nameof(Peek));

    public override bool Contains(object? obj) => throw OverrideCalls.Refuse(nameof(Contains));

    public override void CopyTo(Array array, int index) => throw OverrideCalls.Refuse(nameof(CopyTo));

    public override object Clone() => throw OverrideCalls.Refuse(nameof(Clone));
}
