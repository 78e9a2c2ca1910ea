using System.Collections.Generic;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The difference keys that a reference key is tried with, in ascending index order as before: the keys with its
    /// fingerprint, and the wild keys (whose fingerprint is unknown, so any key may equal them). A wild reference key is
    /// tried with every key. Candidates come in the order of a plain scan of all keys, minus keys that cannot be equal,
    /// so the first equal candidate, and with it every pairing and every result, is the plain scan's.
    /// The keys of each fingerprint form a chain linked by index; a paired key is unlinked when a scan meets it, so
    /// keys already paired cost nothing more (a set compared with its copy never rescans them).
    /// </summary>
    internal sealed class KeyCandidates
    {
        private const int WildChain = 0;

        private readonly bool[] _paired;
        private readonly int[] _next;
        private readonly Dictionary<long, int> _chainOf = new Dictionary<long, int>();
        private readonly List<int> _heads = new List<int>();

        // The scan for one reference key: a cursor in the chain of its fingerprint and one in the wild chain.
        private int _chain;
        private int _previous;
        private int _current;
        private int _wildPrevious;
        private int _wildCurrent;
        private bool _fromWild;

        // A wild reference key scans every index instead.
        private bool _scansAll;
        private int _index;

        /// <param name="paired">Which difference keys are paired; the caller sets an entry once it pairs that key.</param>
        public KeyCandidates(bool[] paired)
        {
            _paired = paired;
            _next = new int[paired.Length];
        }

        /// <summary>Links the keys not paired yet by <paramref name="fingerprints"/>; called again for another pass.</summary>
        public void Link(long[] fingerprints, bool[] wild)
        {
            _chainOf.Clear();
            _heads.Clear();
            _heads.Add(-1);

            // Prepending from the last key leaves every chain in ascending order.
            for (var i = _paired.Length - 1; i >= 0; i--)
            {
                if (_paired[i])
                {
                    continue;
                }

                var chain = wild[i] ? WildChain : ChainOf(fingerprints[i]);
                _next[i] = _heads[chain];
                _heads[chain] = i;
            }
        }

        /// <summary>Starts the scan for a reference key.</summary>
        public void Start(long fingerprint, bool wild)
        {
            _scansAll = wild;
            _index = 0;
            _chain = !wild && _chainOf.TryGetValue(fingerprint, out var chain) ? chain : -1;
            _previous = -1;
            _current = _chain >= 0 ? _heads[_chain] : -1;
            _wildPrevious = -1;
            _wildCurrent = _heads[WildChain];
        }

        /// <summary>The candidate to try now; -1 when none is left.</summary>
        public int Current()
        {
            if (_scansAll)
            {
                while (_index < _paired.Length && _paired[_index])
                {
                    _index++;
                }

                return _index < _paired.Length ? _index : -1;
            }

            _current = SkipPaired(_chain, _previous, _current);
            _wildCurrent = SkipPaired(WildChain, _wildPrevious, _wildCurrent);
            _fromWild = _current < 0 || (_wildCurrent >= 0 && _wildCurrent < _current);
            return _fromWild ? _wildCurrent : _current;
        }

        /// <summary>The current candidate is not equal: moves on past it.</summary>
        public void Skip()
        {
            if (_scansAll)
            {
                _index++;
            }
            else if (_fromWild)
            {
                _wildPrevious = _wildCurrent;
                _wildCurrent = _next[_wildCurrent];
            }
            else
            {
                _previous = _current;
                _current = _next[_current];
            }
        }

        private int ChainOf(long fingerprint)
        {
            if (!_chainOf.TryGetValue(fingerprint, out var chain))
            {
                chain = _heads.Count;
                _heads.Add(-1);
                _chainOf.Add(fingerprint, chain);
            }

            return chain;
        }

        /// <summary>Unlinks the paired keys at the cursor; <paramref name="previous"/> is the last key the scan kept.</summary>
        private int SkipPaired(int chain, int previous, int current)
        {
            while (current >= 0 && _paired[current])
            {
                current = _next[current];
                if (previous < 0)
                {
                    _heads[chain] = current;
                }
                else
                {
                    _next[previous] = current;
                }
            }

            return current;
        }
    }
}
