using System;
using System.Collections.Generic;

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

        /// <summary>Pairs met again and answered from here, on this thread: tests check that sharing is actually exercised.</summary>
        [ThreadStatic]
        internal static long Recalled;

        private readonly Dictionary<ReferencePair, bool> _known = new Dictionary<ReferencePair, bool>(ReferencePairComparer.Instance);

        /// <summary>A new, empty set for one comparison, or null when sharing is disabled on this thread.</summary>
        public static ProvenPairs? ForComparison() => Disabled ? null : new ProvenPairs();

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

        public void AddDifferent(ReferencePair pair) => Add(pair, equal: false);

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
