using System;
using System.Collections;
using System.Collections.Generic;

namespace DeepCopy.Tests.Support;

/// <summary>The container half of <see cref="StructuralComparer"/>: arrays and sequences by order, dictionaries by lookup, sets by membership.</summary>
internal sealed partial class StructuralComparer
{
    private static List<object?> Materialize(IEnumerable items)
    {
        var list = new List<object?>();
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private void CompareArrays(Array source, Array copy, GraphPath path)
    {
        if (source.Rank != copy.Rank || source.Length != copy.Length)
        {
            throw path.Failure("the array's rank or length changed");
        }

        for (var dimension = 0; dimension < source.Rank; dimension++)
        {
            if (source.GetLength(dimension) != copy.GetLength(dimension) || source.GetLowerBound(dimension) != copy.GetLowerBound(dimension))
            {
                throw path.Failure("the length or lower bound of dimension " + dimension + " changed");
            }
        }

        // Multi-dimensional and non-zero-based arrays are indexed by flat, row-major position in messages.
        var copyItems = copy.GetEnumerator();
        var index = 0;
        foreach (var item in source)
        {
            copyItems.MoveNext();
            Push(item, copyItems.Current, path.Index(index++));
        }
    }

    private void CompareSequences(IEnumerable source, IEnumerable copy, GraphPath path)
    {
        var sourceItems = Materialize(source);
        var copyItems = Materialize(copy);
        if (sourceItems.Count != copyItems.Count)
        {
            throw path.Failure(sourceItems.Count + " items became " + copyItems.Count);
        }

        for (var i = sourceItems.Count - 1; i >= 0; i--)
        {
            Push(sourceItems[i], copyItems[i], path.Index(i));
        }
    }

    private void CompareDictionaries(IDictionary source, IDictionary copy, GraphPath path, bool hasLookalikes)
    {
        if (source.Count != copy.Count)
        {
            throw path.Failure(source.Count + " entries became " + copy.Count);
        }

        var sourceKeys = new List<object?>();
        var sourceValues = new List<object?>();
        var entries = source.GetEnumerator();
        while (entries.MoveNext())
        {
            sourceKeys.Add(entries.Key);
            sourceValues.Add(entries.Value);
        }

        var copyKeys = Materialize(copy.Keys);
        var match = new KeyMatch(copyKeys);
        var pairedKeys = new object?[sourceKeys.Count];
        var values = new List<Pending>();
        foreach (var i in PairingOrder(sourceKeys, hasLookalikes, values))
        {
            var keyPath = path.KeyItself(i);
            var sourceKey = sourceKeys[i];
            var sourceValue = sourceValues[i];
            var copyKey = PairKey(sourceKey, i, match, keyPath, candidate => WouldMatch(sourceKey!, candidate, sourceValue, copy[candidate]))!;
            if (!copy.Contains(copyKey))
            {
                throw keyPath.Failure("a lookup of the copied key in the copied dictionary fails, so the key's hash or the comparer was lost");
            }

            pairedKeys[i] = copyKey;
            values.Add(new Pending(sourceValue, copy[copyKey], path.Key(sourceKey!)));
        }

        if (CollectionTraits.IsOrdered(source.GetType()))
        {
            AssertSameOrder(pairedKeys, copyKeys, path);
        }

        PushAll(values);
    }

    private void CompareSets(object source, object copy, GraphPath path, bool hasLookalikes)
    {
        var sourceItems = Materialize((IEnumerable)source);
        var copyItems = Materialize((IEnumerable)copy);
        if (sourceItems.Count != copyItems.Count)
        {
            throw path.Failure(sourceItems.Count + " elements became " + copyItems.Count);
        }

        var match = new KeyMatch(copyItems);
        var paired = new object?[sourceItems.Count];
        foreach (var i in PairingOrder(sourceItems, hasLookalikes, null))
        {
            var sourceItem = sourceItems[i];
            var item = PairKey(sourceItem, i, match, path.Index(i), candidate => WouldMatch(sourceItem!, candidate, null, null));
            if (!CollectionTraits.SetContains(copy, item))
            {
                throw path.Index(i).Failure("the copied set does not contain the copied element, so its hash or the comparer was lost");
            }

            paired[i] = item;
        }

        if (CollectionTraits.IsOrdered(source.GetType()))
        {
            AssertSameOrder(paired, copyItems, path);
        }
    }

    /// <summary>
    /// Finds the copy of a key. Immutable keys are their own copy; a key already matched elsewhere must keep that
    /// match; otherwise the only candidates are unmatched copy keys of the same type and the same structure.
    /// </summary>
    private object? PairKey(object? sourceKey, int position, KeyMatch match, GraphPath path, Func<object, bool> wouldMatch)
    {
        if (sourceKey is null)
        {
            return null;
        }

        var kind = NodeClassifier.Classify(sourceKey);
        // An empty array or immutable collection counts as a leaf, yet it is an object hashed by identity: its copy
        // may be another instance.
        if ((kind == NodeKind.Leaf && !(sourceKey is ICollection { Count: 0 })) || kind == NodeKind.ImmutableStruct || _shared(sourceKey))
        {
            return sourceKey;
        }

        if (_forward.TryGetValue(sourceKey, out var mapped))
        {
            if (!match.Claim(mapped))
            {
                throw path.Failure("two source keys were copied to one key");
            }

            return mapped;
        }

        var candidate = match.Find(sourceKey, position, _backward, wouldMatch);
        if (candidate is null)
        {
            throw path.Failure("no key of the copy corresponds to this " + sourceKey.GetType() + " key");
        }

        // Registered now, so every later reference to this key must agree with the pairing.
        Compare(sourceKey, candidate, path);
        return candidate;
    }

    private static void AssertSameOrder(IReadOnlyList<object?> pairedInSourceOrder, List<object?> copyOrder, GraphPath path)
    {
        for (var i = 0; i < copyOrder.Count; i++)
        {
            var expected = pairedInSourceOrder[i];
            var actual = copyOrder[i];
            var same = ReferenceEquals(expected, actual) ||
                (expected != null && NodeClassifier.Classify(expected) is NodeKind.Leaf or NodeKind.ImmutableStruct && Equals(expected, actual));
            if (!same)
            {
                throw path.Failure("the order changed at position " + i + ": expected " + ValueText.Of(expected) + ", found " + ValueText.Of(actual));
            }
        }
    }
}
