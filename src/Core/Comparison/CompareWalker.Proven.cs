namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// What question walkers prove, shared with later questions of the same comparison (see <see cref="ProvenPairs"/>).
    /// A pair met again inside a walk is assumed equal while it is open, which ends cycles: an equal pair found inside a
    /// walk is only as good as the assumptions it met. So only walks that met none but their own are recorded: first
    /// questions (asked by the walker that reports, when no other question is open), which asked no question of their
    /// own and never compared a pair in a way that depends on the route that reached it. Such a walk reads each pair the
    /// same wherever it is met, and what it proves holds for every later walk:
    /// - Ended with no difference: every pair it compared leads only to pairs it compared (or that were proved before),
    ///   none of which differs, and key pairing in them needed no question. Met again anywhere, even inside a question
    ///   that assumes other pairs equal, walking such a pair finds nothing, asks nothing and only adds such pairs to the
    ///   visited set, so skipping it changes no answer.
    /// - Ended at a difference: each pair on the way from its root to that difference reaches it. A later first question
    ///   that meets such a pair would walk on to it (or to another difference first): nothing it assumes is not its own,
    ///   and a walk that ends finishes every pair it opened. Questions asked inside others may assume a pair on that way
    ///   equal (it is open in a walker below) and never reach the difference, so they do not use these.
    /// </summary>
    internal sealed partial class CompareWalker
    {
        // Null for the walker that reports, which walks every pair itself (its paths and order matter), and when
        // sharing is disabled.
        private readonly ProvenPairs? _proven;

        // Asked by the walker that reports, when no other question is open: nothing is assumed but its own visits.
        private readonly bool _isFirstQuestion;

        // This walk asked a question of its own: key pairing in it depended on assumptions, so it proves nothing here.
        private bool _askedQuestion;

        // Attached state was skipped (a pair reached as what a wrapper wraps) or compared: a pair's own comparison
        // depended on the route that reached it, so another route might read it otherwise.
        private bool _dependedOnRoute;

        // The path of the first difference this question walker found, or -1.
        private int _firstDifferenceAt = -1;

        private bool MayRecord => _isFirstQuestion && !_askedQuestion && !_dependedOnRoute;

        /// <summary>After a question walker has finished: records what it proved, when it proved it with no assumption but its own.</summary>
        internal void RecordFindings()
        {
            if (_proven is null || !MayRecord || !_proven.IsWorthRecording(_ownVisits!.Count))
            {
                return;
            }

            if (FoundNone)
            {
                _proven.AddEqual(_ownVisits);
                return;
            }

            _proven.AddWayTo(_firstDifferenceAt, _paths);
        }

        /// <summary>
        /// True when the pair need not be walked: proved equal before, or proved different (reported here, as a
        /// difference at <paramref name="path"/>) in a first question, where a different pair always leads on to its difference.
        /// </summary>
        private bool Recall(ReferencePair pair, int path)
        {
            var known = _proven?.Recall(pair);
            if (known is null)
            {
                return false;
            }

            if (known.Value)
            {
                return true;
            }

            if (!_isFirstQuestion)
            {
                return false;
            }

            ReportAt(DeepDifferenceKind.ValueDifferent, path, pair.Reference, pair.Difference, DifferenceMessages.ProvedDifferent);
            return true;
        }

        /// <summary>Notes, for a first question, which pair the path led to: it may lie on the way to a difference.</summary>
        private void NotePair(ReferencePair pair, int path)
        {
            if (_proven != null && MayRecord)
            {
                _proven.NoteWay(path, pair);
            }
        }

        /// <summary>Notes where a question walker found its first difference.</summary>
        private void NoteDifference(int path)
        {
            if (_firstDifferenceAt < 0)
            {
                _firstDifferenceAt = path;
            }
        }
    }
}
