using System;
using System.Collections.Generic;

namespace DeepCopy.Tests.Support;

/// <summary>The copy's keys still open for pairing, with their fingerprints worked out on demand.</summary>
internal sealed class KeyMatch
{
    private readonly List<object?> _copyKeys;
    private readonly HashSet<object> _claimed = new HashSet<object>(ReferenceEqualityComparer.Instance);
    private string?[]? _prints;
    private string?[]? _shapes;

    public KeyMatch(List<object?> copyKeys)
    {
        _copyKeys = copyKeys;
    }

    public bool Claim(object key) => _claimed.Add(key);

    /// <summary>
    /// The open copy key with the same fingerprint as <paramref name="sourceKey"/>; failing that, the one with the same
    /// shape. A fingerprint lists a Hashtable in enumeration order, which follows its keys' identity hashes, so equal
    /// keys holding one can print differently; a shape (<see cref="GraphSnapshot.Shape"/>) ignores order.
    /// </summary>
    public object? Find(object sourceKey, Dictionary<object, object> alreadyMatched)
    {
        _prints ??= new string?[_copyKeys.Count];
        var found = Find(sourceKey.GetType(), GraphSnapshot.Fingerprint(sourceKey), alreadyMatched, _prints, GraphSnapshot.Fingerprint);
        if (found != null)
        {
            return found;
        }

        _shapes ??= new string?[_copyKeys.Count];
        return Find(sourceKey.GetType(), GraphSnapshot.Shape(sourceKey), alreadyMatched, _shapes, GraphSnapshot.Shape);
    }

    private object? Find(Type type, string print, Dictionary<object, object> alreadyMatched, string?[] prints, Func<object?, string> describe)
    {
        for (var i = 0; i < _copyKeys.Count; i++)
        {
            var key = _copyKeys[i];
            if (key is null || key.GetType() != type || _claimed.Contains(key) || alreadyMatched.ContainsKey(key))
            {
                continue;
            }

            prints[i] ??= describe(key);
            if (string.Equals(prints[i], print, StringComparison.Ordinal))
            {
                _claimed.Add(key);
                return key;
            }
        }

        return null;
    }
}
