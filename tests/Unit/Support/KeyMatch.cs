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
    private int _position;

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
    /// <remarks>
    /// Keys hashed by identity can be structurally equal (two empty arrays, say), so several copy keys may fit one
    /// source key. Then the one at the source key's own position is preferred (a rebuilt Dictionary or list keeps the
    /// source's order), and otherwise the first whose pairing holds up under <paramref name="wouldMatch"/> (a trial
    /// comparison), so equal-looking keys are not crossed. Found by the long fuzz run, seeds 1100012513, 1100040287
    /// and 1100090049.
    /// </remarks>
    public object? Find(object sourceKey, int position, PairingMap alreadyMatched, Func<object, bool> wouldMatch)
    {
        _position = position;
        _prints ??= new string?[_copyKeys.Count];
        var found = Find(sourceKey.GetType(), GraphSnapshot.Fingerprint(sourceKey), alreadyMatched, _prints, GraphSnapshot.Fingerprint, wouldMatch);
        if (found != null)
        {
            return found;
        }

        _shapes ??= new string?[_copyKeys.Count];
        return Find(sourceKey.GetType(), GraphSnapshot.Shape(sourceKey), alreadyMatched, _shapes, GraphSnapshot.Shape, wouldMatch);
    }

    private object? Find(Type type, string print, PairingMap alreadyMatched, string?[] prints, Func<object?, string> describe, Func<object, bool> wouldMatch)
    {
        var candidates = new List<object>();
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
                candidates.Add(key);
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        // With one candidate there is nothing to choose; with several, the one in the same position if its pairing
        // holds up, then the first that does, or else the first, so the strict comparison reports the difference.
        var samePlace = _position < _copyKeys.Count ? _copyKeys[_position] : null;
        var chosen = candidates.Count == 1
            ? candidates[0]
            : (samePlace != null && candidates.Exists(candidate => ReferenceEquals(candidate, samePlace)) && wouldMatch(samePlace) ? samePlace : null)
                ?? candidates.Find(candidate => wouldMatch(candidate)) ?? candidates[0];
        _claimed.Add(chosen);
        return chosen;
    }
}
