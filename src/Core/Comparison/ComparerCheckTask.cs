namespace DeepCopy.Core.Comparison
{
    /// <summary>Reports <see cref="DeepDifferenceKind.ComparerDifferent"/> when two collections' key comparers are not structurally equal.</summary>
    internal sealed class ComparerCheckTask : CompareTask
    {
        private readonly object? _reference;
        private readonly object? _difference;
        private readonly int _path;
        private readonly string _compared;
        private bool? _equal;

        /// <summary>Checks two comparers, unless they are equal at once; <paramref name="compared"/> is what they order or match ("keys", a PriorityQueue's "priorities").</summary>
        public ComparerCheckTask(object? reference, object? difference, int path, string compared = "keys")
        {
            _reference = reference;
            _difference = difference;
            _path = path;
            _compared = compared;
            _equal = CompareWalker.EqualAtOnce(reference, difference);
        }

        public override bool Advance(CompareWalker walker)
        {
            if (_equal is null)
            {
                return Ask(_reference, _difference);
            }

            if (!_equal.Value)
            {
                walker.ReportAt(DeepDifferenceKind.ComparerDifferent, _path, _reference, _difference, DifferenceMessages.Comparer(_reference, _difference, _compared));
            }

            return false;
        }

        public override void Answer(bool equal) => _equal = equal;
    }
}
