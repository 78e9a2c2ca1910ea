using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Pairs keys (or set items) that are objects by structure; quadratic, but such keys are rare and few. A paired
    /// key that hashes by identity must also be found through the difference collection itself: a hashed collection
    /// copied bucket by bucket lists a copied key under its source's hash code, so it enumerates right and finds
    /// nothing. Keys of other types are not asked, since that would run their own GetHashCode and Equals.
    /// Results are reported only once every key is paired, so they come out in the reference collection's order.
    /// </summary>
    internal sealed class KeyMatchTask : CompareTask
    {
        private readonly List<DictionaryEntry> _reference;
        private readonly List<DictionaryEntry> _difference;
        private readonly bool[] _matched;
        private readonly int[] _pairs;
        private readonly int _path;
        private readonly object _differenceCollection;
        private readonly Func<object, object?, bool> _contains;
        private readonly bool _isSet;
        private int _referenceIndex;
        private int _candidate;

        public KeyMatchTask(List<DictionaryEntry>? reference, List<DictionaryEntry>? difference, int path, object differenceCollection, Func<object, object?, bool> contains, bool isSet)
        {
            _reference = reference ?? new List<DictionaryEntry>();
            _difference = difference ?? new List<DictionaryEntry>();
            _matched = new bool[_difference.Count];
            _pairs = new int[_reference.Count];
            _path = path;
            _differenceCollection = differenceCollection;
            _contains = contains;
            _isSet = isSet;
        }

        public override bool Advance(CompareWalker walker)
        {
            while (_referenceIndex < _reference.Count)
            {
                if (_candidate >= _matched.Length)
                {
                    _pairs[_referenceIndex++] = -1;
                    _candidate = 0;
                }
                else if (_matched[_candidate])
                {
                    _candidate++;
                }
                else
                {
                    var reference = _reference[_referenceIndex].Key;
                    var difference = _difference[_candidate].Key;
                    var known = CompareWalker.EqualAtOnce(reference, difference);
                    if (known is null)
                    {
                        return Ask(reference, difference);
                    }

                    Answer(known.Value);
                }
            }

            Report(walker);
            return false;
        }

        public override void Answer(bool equal)
        {
            if (equal)
            {
                _matched[_candidate] = true;
                _pairs[_referenceIndex++] = _candidate;
                _candidate = 0;
            }
            else
            {
                _candidate++;
            }
        }

        private void Report(CompareWalker walker)
        {
            for (var i = 0; i < _reference.Count; i++)
            {
                var entry = _reference[i];
                var found = _pairs[i];
                if (found >= 0)
                {
                    var match = _difference[found];
                    if (ComparePlanCache.Get(match.Key.GetType()).HashesByIdentity && !_contains(_differenceCollection, match.Key))
                    {
                        walker.Report(DeepDifferenceKind.KeyUnreachable, _path, PathSegmentKind.Key, entry.Key, 0, null, match.Key, DifferenceMessages.KeyUnreachable(entry.Key));
                    }

                    if (!_isSet)
                    {
                        walker.Child(entry.Value, match.Value, _path, PathSegmentKind.Key, entry.Key, 0);
                    }
                }
                else
                {
                    var message = _isSet ? DifferenceMessages.MissingItem(entry.Key) : DifferenceMessages.MissingKey(entry.Key);
                    walker.Report(DeepDifferenceKind.MissingKey, _path, PathSegmentKind.Key, entry.Key, 0, _isSet ? entry.Key : entry.Value, null, message);
                }
            }

            for (var i = 0; i < _matched.Length; i++)
            {
                if (!_matched[i])
                {
                    var entry = _difference[i];
                    var message = _isSet ? DifferenceMessages.ExtraItem(entry.Key) : DifferenceMessages.ExtraKey(entry.Key);
                    walker.Report(DeepDifferenceKind.ExtraKey, _path, PathSegmentKind.Key, entry.Key, 0, null, _isSet ? entry.Key : entry.Value, message);
                }
            }
        }
    }
}
