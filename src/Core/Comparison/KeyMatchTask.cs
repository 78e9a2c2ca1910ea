using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Pairs keys (or set items) that are objects by structure. Each key is fingerprinted first (see
    /// <see cref="KeyFingerprinter"/>), and a reference key is tried only with the difference keys that can equal it, in
    /// the order a scan of all of them would meet them (see <see cref="KeyCandidates"/>): distinct keys pair in linear
    /// time, whatever their order. Only keys that agree in their fingerprint yet differ (deeper than it reads, or inside
    /// a collection) are still tried with each other one by one.
    /// A paired key that hashes by identity must also be found through the difference collection itself: a hashed
    /// collection copied bucket by bucket lists a copied key under its source's hash code, so it enumerates right and
    /// finds nothing. Keys of other types are not asked, since that would run their own GetHashCode and Equals.
    /// Results are reported only once every key is paired, so they come out in the reference collection's order.
    /// Keys can look alike (ten empty objects), so a dictionary's keys are paired in two passes: first with a look-alike
    /// whose value matches too, then, for the keys left, with any look-alike, whose value then differs.
    /// </summary>
    internal sealed class KeyMatchTask : CompareTask
    {
        /// <summary>Candidates tried on this thread, by every comparison: tests check that pairing stays near linear.</summary>
        [ThreadStatic]
        internal static long CandidatesTried;

        private readonly List<DictionaryEntry> _reference;
        private readonly List<DictionaryEntry> _difference;
        private readonly bool[] _matched;
        private readonly int[] _pairs;
        private readonly int _path;
        private readonly object _differenceCollection;
        private readonly Func<object, object?, bool> _contains;
        private readonly bool _isSet;
        private readonly CancellationToken _cancellationToken;
        private readonly Func<object, bool>? _acceptsNullFor;
        private readonly KeyCandidates _candidates;
        private KeyFingerprints? _referencePrints;
        private KeyFingerprints? _differencePrints;
        private int _referenceIndex;
        private int _candidate;

        // Pass 0 pairs a dictionary's keys only with look-alikes whose values match; pass 1 pairs what is left by key.
        private int _pass;

        // The candidates of the reference key at _referenceIndex are being tried.
        private bool _scanning;

        // Within pass 0, the key of the current pair matched and its values are being asked about.
        private bool _askingValue;

        public KeyMatchTask(List<DictionaryEntry>? reference, List<DictionaryEntry>? difference, int path, object differenceCollection, Func<object, object?, bool> contains, bool isSet, CancellationToken cancellationToken, Func<object, bool>? acceptsNullFor)
        {
            _reference = reference ?? new List<DictionaryEntry>();
            _difference = difference ?? new List<DictionaryEntry>();
            _matched = new bool[_difference.Count];
            _pairs = new int[_reference.Count];
            _path = path;
            _differenceCollection = differenceCollection;
            _contains = contains;
            _isSet = isSet;
            _cancellationToken = cancellationToken;
            _acceptsNullFor = acceptsNullFor;
            _candidates = new KeyCandidates(_matched);

            // Sets have no values to tell look-alikes apart: they pair by key alone.
            _pass = isSet ? 1 : 0;
            for (var i = 0; i < _pairs.Length; i++)
            {
                _pairs[i] = -1;
            }
        }

        public override bool Advance(CompareWalker walker)
        {
            // With no object keys on one side there is nothing to pair: each key on the other side is missing or extra.
            if (_reference.Count > 0 && _difference.Count > 0 && PairOn())
            {
                return true;
            }

            Report(walker);
            return false;
        }

        public override void Answer(bool equal)
        {
            if (!equal)
            {
                _askingValue = false;
                _candidates.Skip();
                return;
            }

            if (_pass == 0 && !_askingValue)
            {
                // The keys look alike; pair them in this pass only if the values match as well.
                _askingValue = true;
                return;
            }

            _askingValue = false;
            _scanning = false;
            _matched[_candidate] = true;
            _pairs[_referenceIndex++] = _candidate;
        }

        /// <summary>Pairs keys until a question must be asked (returns true) or every key has been tried (false).</summary>
        private bool PairOn()
        {
            if (_referencePrints is null)
            {
                Fingerprint();
            }

            while (true)
            {
                while (_referenceIndex < _reference.Count)
                {
                    if (!_scanning)
                    {
                        if (_pairs[_referenceIndex] >= 0)
                        {
                            _referenceIndex++;
                            continue;
                        }

                        _candidates.Start(_referencePrints!.For(_pass, _referenceIndex), _referencePrints.IsWild(_pass, _referenceIndex));
                        _scanning = true;
                    }

                    _candidate = _candidates.Current();
                    if (_candidate < 0)
                    {
                        _scanning = false;
                        _referenceIndex++;
                        continue;
                    }

                    if (!_askingValue)
                    {
                        CandidatesTried++;
                    }

                    var reference = _askingValue ? _reference[_referenceIndex].Value : _reference[_referenceIndex].Key;
                    var difference = _askingValue ? _difference[_candidate].Value : _difference[_candidate].Key;
                    var known = CompareWalker.EqualAtOnce(reference, difference);
                    if (known is null)
                    {
                        return Ask(reference, difference);
                    }

                    Answer(known.Value);
                }

                if (_pass == 1)
                {
                    return false;
                }

                _pass = 1;
                _referenceIndex = 0;
                _differencePrints!.Link(_candidates, _pass);
            }
        }

        /// <summary>Fingerprints every key (and, for a dictionary, every value) of both sides, once.</summary>
        private void Fingerprint()
        {
            var fingerprinter = new KeyFingerprinter(_acceptsNullFor);
            _referencePrints = new KeyFingerprints(_reference, withValues: !_isSet, fingerprinter, _cancellationToken);
            _differencePrints = new KeyFingerprints(_difference, withValues: !_isSet, fingerprinter, _cancellationToken);
            _differencePrints.Link(_candidates, _pass);
        }

        /// <summary>
        /// Whether asking the collection about <paramref name="key"/> runs only object's or the class library's hashing:
        /// a key type of the user's that hashes by value (a record, a PowerShell class with GetHashCode) is never asked.
        /// </summary>
        private static bool IsSafeToLookUp(object key) =>
            ComparePlanCache.Get(key.GetType()).HashesByIdentity || FrameworkHashedKey.IsTupleOfFrameworkHashedItems(key);

        private void Report(CompareWalker walker)
        {
            for (var i = 0; i < _reference.Count; i++)
            {
                var entry = _reference[i];
                var found = _pairs[i];
                if (found >= 0)
                {
                    var match = _difference[found];
                    if (IsSafeToLookUp(match.Key) && !_contains(_differenceCollection, match.Key))
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
