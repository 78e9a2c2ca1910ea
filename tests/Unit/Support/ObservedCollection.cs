using System;
using System.Collections;

namespace DeepCopy.Tests.Support;

/// <summary>
/// A plain <see cref="ICollection"/> that reports each item its enumerator hands out to a <see cref="ReadProbe"/>, so a
/// test sees how much of a big collection a walk read after the probe cancelled it.
/// </summary>
internal sealed class ObservedCollection : ICollection
{
    private readonly object[] _items;
    private readonly ReadProbe _probe;

    public ObservedCollection(object[] items, ReadProbe probe)
    {
        _items = items;
        _probe = probe;
    }

    public int Count => _items.Length;

    public bool IsSynchronized => false;

    public object SyncRoot => this;

    public void CopyTo(Array array, int index) => _items.CopyTo(array, index);

    public IEnumerator GetEnumerator()
    {
        foreach (var item in _items)
        {
            _probe.Read();
            yield return item;
        }
    }
}
