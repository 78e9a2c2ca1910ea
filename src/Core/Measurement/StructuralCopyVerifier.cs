namespace DeepCopy.Core.Measurement
{
    /// <summary>Accepts only exact deep copies, as judged by <see cref="StructuralEquality"/>.</summary>
    internal sealed class StructuralCopyVerifier : CopyVerifier
    {
        private readonly StructuralView? _view;

        public StructuralCopyVerifier(StructuralView? view) => _view = view;

        public override string Name => "Structural";

        // A fresh comparer per call: its identity maps belong to one pair of graphs.
        public override string? Verify(object? source, object? copy) => new StructuralEquality(_view).Compare(source, copy);
    }
}
