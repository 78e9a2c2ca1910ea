using System.Collections;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The fingerprints of one side's keys for <see cref="KeyMatchTask"/>, for each of its passes: in the first a
    /// dictionary's keys pair only with look-alikes whose values match too, so key and value fingerprints are combined;
    /// in the second keys pair by key alone.
    /// </summary>
    internal sealed class KeyFingerprints
    {
        // PERF: fingerprinting reads every key once, a few nodes of it each; counted as this many countdown steps, a set
        // of a million keys still stops soon when cancelled.
        private const int StepsPerKey = 4;

        private readonly long[] _keys;
        private readonly bool[] _wildKeys;
        private readonly long[] _entries;
        private readonly bool[] _wildEntries;

        public KeyFingerprints(List<DictionaryEntry> entries, bool withValues, KeyFingerprinter fingerprinter, CancellationToken cancellationToken)
        {
            _keys = new long[entries.Count];
            _wildKeys = new bool[entries.Count];
            _entries = withValues ? new long[entries.Count] : _keys;
            _wildEntries = withValues ? new bool[entries.Count] : _wildKeys;
            var countdown = new CancellationCountdown(cancellationToken);
            for (var i = 0; i < entries.Count; i++)
            {
                countdown.Tick(StepsPerKey);

                _keys[i] = fingerprinter.Of(entries[i].Key, out _wildKeys[i]);
                if (withValues)
                {
                    var value = fingerprinter.Of(entries[i].Value, out var wildValue);
                    _entries[i] = unchecked((_keys[i] * -7046029254386353131L) + value);
                    _wildEntries[i] = _wildKeys[i] || wildValue;
                }
            }
        }

        /// <summary>The fingerprint key <paramref name="index"/> is paired by in <paramref name="pass"/>.</summary>
        public long For(int pass, int index) => pass == 0 ? _entries[index] : _keys[index];

        /// <summary>True when key <paramref name="index"/> has no sound fingerprint in <paramref name="pass"/>, so it is tried with every key.</summary>
        public bool IsWild(int pass, int index) => pass == 0 ? _wildEntries[index] : _wildKeys[index];

        /// <summary>Links this side's keys that are not paired yet as <paramref name="candidates"/> for <paramref name="pass"/>.</summary>
        public void Link(KeyCandidates candidates, int pass)
        {
            if (pass == 0)
            {
                candidates.Link(_entries, _wildEntries);
            }
            else
            {
                candidates.Link(_keys, _wildKeys);
            }
        }
    }
}
