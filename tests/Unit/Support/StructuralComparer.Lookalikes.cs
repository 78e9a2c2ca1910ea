using System;
using System.Collections;
using System.Collections.Generic;

namespace DeepCopy.Tests.Support;

/// <summary>
/// The part of <see cref="StructuralComparer"/> that pairs keys which look alike: keys hashed by identity can be
/// structurally equal, so which copied key is whose must be found out, never guessed.
/// </summary>
internal sealed partial class StructuralComparer
{
    private static List<object?> KeysOf(IDictionary dictionary)
    {
        var keys = new List<object?>();
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            keys.Add(entries.Key);
        }

        return keys;
    }

    /// <summary>Whether two keys (or set elements) not yet paired have the same fingerprint, so pairing them needs a choice.</summary>
    private bool HasLookalikeKeys(object source, NodeKind kind)
    {
        // Entries, not the Keys property, which some dictionaries build lazily: the source must stay as it was.
        var keys = kind == NodeKind.Dictionary ? KeysOf((IDictionary)source) : Materialize((IEnumerable)source);
        return LookalikePositions(keys, stopAtFirst: true).Count > 0;
    }

    /// <summary>The positions of keys that share their type and fingerprint with another key not yet paired.</summary>
    private HashSet<int> LookalikePositions(List<object?> keys, bool stopAtFirst)
    {
        var positions = new HashSet<int>();
        Dictionary<string, int>? firstWithPrint = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key is null || _forward.ContainsKey(key) || _shared(key))
            {
                continue;
            }

            var keyKind = NodeClassifier.Classify(key);
            if ((keyKind == NodeKind.Leaf && !(key is ICollection { Count: 0 })) || keyKind == NodeKind.ImmutableStruct)
            {
                continue;
            }

            firstWithPrint ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var print = key.GetType() + "\n" + GraphSnapshot.Fingerprint(key);
            if (!firstWithPrint.TryGetValue(print, out var first))
            {
                firstWithPrint.Add(print, i);
                continue;
            }

            positions.Add(first);
            positions.Add(i);
            if (stopAtFirst)
            {
                break;
            }
        }

        return positions;
    }

    /// <summary>
    /// The order in which to pair a container's keys: in place when none look alike; otherwise the distinct keys first,
    /// then everything they reach (and, for a dictionary, their values in <paramref name="pairedValues"/>) is compared,
    /// and only then the look-alikes, which that walk may have paired already. A look-alike can be told apart by a
    /// sibling that holds it: a set of look-alike Tripwires and a dictionary whose value is one of them (long fuzz
    /// run, seed 1960028287).
    /// </summary>
    private IEnumerable<int> PairingOrder(List<object?> keys, bool hasLookalikes, List<Pending>? pairedValues)
    {
        // What waits to be compared changes from one container to the next: worked out again when a trial asks.
        _waitingReach = null;
        var lookalikes = hasLookalikes ? LookalikePositions(keys, stopAtFirst: false) : null;
        for (var i = 0; i < keys.Count; i++)
        {
            if (lookalikes is null || !lookalikes.Contains(i))
            {
                yield return i;
            }
        }

        if (lookalikes is null || lookalikes.Count == 0)
        {
            yield break;
        }

        if (pairedValues != null)
        {
            PushAll(pairedValues);
            pairedValues.Clear();
        }

        while (_work.Count > 0)
        {
            var next = _work.Pop();
            Compare(next.Source, next.Copy, next.Path);
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (lookalikes.Contains(i))
            {
                yield return i;
            }
        }
    }

    private void PushAll(List<Pending> pending)
    {
        for (var i = pending.Count - 1; i >= 0; i--)
        {
            _work.Push(pending[i]);
        }
    }

    /// <summary>
    /// Whether pairing <paramref name="sourceKey"/> with <paramref name="copyKey"/> (and their values) holds up: a trial
    /// comparison on a copy of the pairings made so far, so the real ones are untouched. The trial also finishes
    /// everything still waiting (pushed pairs and deferred containers), because a look-alike key may be told apart only
    /// by another route to it that is itself waiting: a shared key of one deferred dictionary met again in another
    /// (long fuzz run, seed 1970027167). Trials inside trials look only at the key and its value, a trial reads the
    /// pairings made so far in place (<see cref="PairingMap"/>), a trial looks ahead only for a key that shares an
    /// object with the waiting work (otherwise nothing there can tell the look-alikes apart), and one comparison runs at
    /// most LookAheadBudget trials that look ahead, so the cost stays a few walks of the graph per look-alike choice.
    /// </summary>
    private bool WouldMatch(object sourceKey, object copyKey, object? sourceValue, object? copyValue)
    {
        var trial = new StructuralComparer(this);
        if (_trialDepth < TrialsThatLookAhead && _lookAheads < LookAheadBudget && ReachesWaitingWork(sourceKey, sourceValue))
        {
            _lookAheads++;
            var waiting = _work.ToArray();
            for (var i = waiting.Length - 1; i >= 0; i--)
            {
                trial._work.Push(waiting[i]);
            }

            foreach (var deferred in _deferred)
            {
                trial._deferred.Enqueue(deferred);
            }
        }

        trial.Push(sourceValue, copyValue, GraphPath.Root);
        trial.Push(sourceKey, copyKey, GraphPath.Root);
        try
        {
            trial.Drain();
            return true;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    /// <summary>How many trials of this comparison finished the waiting work (a self-test bounds it).</summary>
    internal int LookAheadTrials => _lookAheads;

    /// <summary>Whether the key or its value shares an object with what is still waiting to be compared.</summary>
    private bool ReachesWaitingWork(object sourceKey, object? sourceValue)
    {
        if (_waitingReach is null)
        {
            _waitingReach = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (var pending in _work)
            {
                AddReach(_waitingReach, pending.Source);
            }

            foreach (var pending in _deferred)
            {
                AddReach(_waitingReach, pending.Source);
            }
        }

        return Touches(sourceKey) || Touches(sourceValue);
    }

    private bool Touches(object? root)
    {
        if (root is null)
        {
            return false;
        }

        foreach (var node in GraphSnapshot.Take(root).Nodes)
        {
            if (_waitingReach!.Contains(node))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddReach(HashSet<object> reach, object? root)
    {
        if (root is null || reach.Contains(root))
        {
            return;
        }

        foreach (var node in GraphSnapshot.Take(root).Nodes)
        {
            reach.Add(node);
        }
    }
}
