using System;
using System.Collections.Generic;

namespace DeepCopy.Tests.Support;

/// <summary>The copy's keys still open for pairing, with their fingerprints worked out on demand.</summary>
internal sealed class KeyMatch
{
    private readonly List<object?> _copyKeys;
    private readonly HashSet<object> _claimed = new HashSet<object>(ReferenceEqualityComparer.Instance);
    private string?[]? _prints;

    public KeyMatch(List<object?> copyKeys)
    {
        _copyKeys = copyKeys;
    }

    public bool Claim(object key) => _claimed.Add(key);

    public object? Find(Type type, string fingerprint, Dictionary<object, object> alreadyMatched)
    {
        _prints ??= new string?[_copyKeys.Count];
        for (var i = 0; i < _copyKeys.Count; i++)
        {
            var key = _copyKeys[i];
            if (key is null || key.GetType() != type || _claimed.Contains(key) || alreadyMatched.ContainsKey(key))
            {
                continue;
            }

            _prints[i] ??= GraphSnapshot.Fingerprint(key);
            if (string.Equals(_prints[i], fingerprint, StringComparison.Ordinal))
            {
                _claimed.Add(key);
                return key;
            }
        }

        return null;
    }
}
