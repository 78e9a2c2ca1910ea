using System.Collections.Generic;

namespace DeepCopy.Tests.Support;

/// <summary>
/// Objects paired by identity, one way (source to copy, or copy to source), optionally layered over another map: a
/// trial comparison reads the pairings made before it and writes only its own, so starting a trial costs nothing
/// however many objects were paired already (copying them made look-alike trials quadratic and worse).
/// </summary>
internal sealed class PairingMap
{
    private readonly PairingMap? _below;
    private readonly Dictionary<object, object> _own = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);

    public PairingMap(PairingMap? below = null)
    {
        _below = below;
    }

    public int Count => _own.Count + (_below?.Count ?? 0);

    public bool TryGetValue(object key, out object value)
    {
        if (_own.TryGetValue(key, out value!))
        {
            return true;
        }

        if (_below != null)
        {
            return _below.TryGetValue(key, out value);
        }

        value = null!;
        return false;
    }

    public bool ContainsKey(object key) => TryGetValue(key, out _);

    public void Add(object key, object value) => _own.Add(key, value);
}
