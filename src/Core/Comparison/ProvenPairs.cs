using System;
using System.Collections.Generic;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Pairs of objects that finished question walks proved equal or different, kept for the rest of one comparison so
    /// later questions do not walk them again: the rows of a table, asked about one by one, each lead to the table and so
    /// to every row. Only answers that no assumption can undo are kept; see <see cref="CompareWalker.RecordFindings"/>
    /// for which walks qualify and why what they prove holds wherever the pair is met again.
    /// </summary>
    internal sealed class ProvenPairs
    {
        /// <summary>Set by tests on their own thread to compare without sharing, as before it existed, and check that nothing reported changes.</summary>
        [ThreadStatic]
        internal static bool Disabled;

        /// <summary>Set by tests on their own thread to record walks of any size, so that small graphs exercise sharing.</summary>
        [ThreadStatic]
        internal static bool RecordsEveryWalk;

        /// <summary>Pairs met again and answered from here, on this thread: tests check that sharing is actually exercised.</summary>
        [ThreadStatic]
        internal static long Recalled;

        // PERF: a walk of fewer pairs costs less to repeat than to remember: sets of small keys (a POCO and its list)
        // asked about once each paid a third more for recording and looking up pairs no later question met again.
        private const int MinPairsToRecord = 16;

        private readonly Dictionary<ReferencePair, bool> _known = new Dictionary<ReferencePair, bool>(ReferencePairComparer.Instance);
        private readonly int _minPairs = RecordsEveryWalk ? 0 : MinPairsToRecord;

        // The pair each path of the open first question led to, by path (unset paths hold no pair). First questions run
        // one at a time, so one list serves them all: a dictionary per question cost more than sharing saved on small keys.
        private readonly List<ReferencePair> _way = new List<ReferencePair>();

        /// <summary>A new, empty set for one comparison, or null when sharing is disabled on this thread.</summary>
        public static ProvenPairs? ForComparison() => Disabled ? null : new ProvenPairs();

        /// <summary>Whether a walk that compared <paramref name="pairs"/> pairs is worth recording.</summary>
        public bool IsWorthRecording(int pairs) => pairs >= _minPairs;

        /// <summary>True or false when the pair was proved equal or different, null when it is not known.</summary>
        public bool? Recall(ReferencePair pair)
        {
            // PERF: most comparisons ask no question that qualifies; an empty dictionary is not hashed into.
            if (_known.Count == 0 || !_known.TryGetValue(pair, out var equal))
            {
                return null;
            }

            Recalled++;
            return equal;
        }

        public void AddEqual(List<ReferencePair> pairs)
        {
            foreach (var pair in pairs)
            {
                Add(pair, equal: true);
            }
        }

        /// <summary>A first question starts: the paths of the one before are no longer its.</summary>
        public void StartWay() => _way.Clear();

        /// <summary>The open first question compared <paramref name="pair"/> at <paramref name="path"/>.</summary>
        public void NoteWay(int path, ReferencePair pair)
        {
            while (_way.Count <= path)
            {
                _way.Add(default);
            }

            _way[path] = pair;
        }

        /// <summary>Records as different each pair the open first question compared on the way from its root to <paramref name="path"/>.</summary>
        public void AddWayTo(int path, PathTable paths)
        {
            for (var at = path; at >= 0; at = paths[at].Parent)
            {
                if (at < _way.Count && _way[at].Reference != null)
                {
                    Add(_way[at], equal: false);
                }
            }
        }

        // A pair cannot be proved both (a different pair reaches a difference, an equal one reaches none); the first
        // answer stays, so a mistake there could never make a later answer flip.
        private void Add(ReferencePair pair, bool equal)
        {
            if (!_known.ContainsKey(pair))
            {
                _known.Add(pair, equal);
            }
        }
    }
}
