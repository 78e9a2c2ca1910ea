using System;
using System.Collections;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>A Queue subclass whose every member that shows its items throws, and whose Count counts its calls.</summary>
public sealed class ThrowingQueue : Queue
{
    // Queue's own Dequeue reads Count (a virtual call), so this one counts its calls rather than throwing.
    public override int Count => OverrideCalls.Record(base.Count);

    public override bool IsSynchronized => throw OverrideCalls.Refuse(nameof(IsSynchronized));

    public override object SyncRoot => throw OverrideCalls.Refuse(nameof(SyncRoot));

    public void EnqueueReal(object? item) => base.Enqueue(item);

    public object? DequeueReal() => base.Dequeue();

    public override IEnumerator GetEnumerator() => throw OverrideCalls.Refuse(nameof(GetEnumerator));

    public override object?[] ToArray() => throw OverrideCalls.Refuse(nameof(ToArray));

    public override object? Peek() => throw OverrideCalls.Refuse(nameof(Peek));

    public override bool Contains(object? obj) => throw OverrideCalls.Refuse(nameof(Contains));

    public override void CopyTo(Array array, int index) => throw OverrideCalls.Refuse(nameof(CopyTo));

    public override object Clone() => throw OverrideCalls.Refuse(nameof(Clone));
}
