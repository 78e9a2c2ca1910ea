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
    /// Keys can look alike (ten empty objects), so a dictionary's keys are paired in two passes: first with a look-alike
    /// whose value matches too, then, for the keys left, with any look-alike, whose value then differs.
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

        // Pass 0 pairs a dictionary's keys only with look-alikes whose values match; pass 1 pairs what is left by key.
        private int _pass;

        // Within pass 0, the key of the current pair matched and its values are being asked about.
        private bool _askingValue;

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

            // Sets have no values to tell look-alikes apart: they pair by key alone.
            _pass = isSet ? 1 : 0;
            for (var i = 0; i < _pairs.Length; i++)
            {
                _pairs[i] = -1;
            }
        }

        public override bool Advance(CompareWalker walker)
        {
            while (true)
            {
                while (_referenceIndex < _reference.Count)
                {
                    if (_pairs[_referenceIndex] >= 0 || _candidate >= _matched.Length)
                    {
                        _referenceIndex++;
                        _candidate = 0;
                    }
                    else if (_matched[_candidate])
                    {
                        _candidate++;
                    }
                    else
                    {
                        var reference = _askingValue ? _reference[_referenceIndex].Value : _reference[_referenceIndex].Key;
                        var difference = _askingValue ? _difference[_candidate].Value : _difference[_candidate].Key;
                        var known = CompareWalker.EqualAtOnce(reference, difference);
                        if (known is null)
                        {
                            return Ask(reference, difference);
                        }

                        Answer(known.Value);
                    }
                }

                if (_pass == 1)
                {
                    break;
                }

                _pass = 1;
                _referenceIndex = 0;
                _candidate = 0;
            }

            Report(walker);
            return false;
        }

        public override void Answer(bool equal)
        {
            if (!equal)
            {
                _askingValue = false;
                _candidate++;
                return;
            }

            if (_pass == 0 && !_askingValue)
            {
                // The keys look alike; pair them in this pass only if the values match as well.
                _askingValue = true;
                return;
            }

            _askingValue = false;
            _matched[_candidate] = true;
            _pairs[_referenceIndex++] = _candidate;
            _candidate = 0;
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
