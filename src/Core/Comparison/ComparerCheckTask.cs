namespace DeepCopy.Core.Comparison
{
    /// <summary>Reports <see cref="DeepDifferenceKind.ComparerDifferent"/> when two collections' key comparers are not structurally equal.</summary>
    internal sealed class ComparerCheckTask : CompareTask
    {
        private readonly object? _reference;
        private readonly object? _difference;
        private readonly int _path;
        private bool? _equal;

        public ComparerCheckTask(object? reference, object? difference, int path)
        {
            _reference = reference;
            _difference = difference;
            _path = path;
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
                walker.ReportAt(DeepDifferenceKind.ComparerDifferent, _path, _reference, _difference, DifferenceMessages.Comparer(_reference, _difference));
            }

            return false;
        }

        public override void Answer(bool equal) => _equal = equal;
    }
}
