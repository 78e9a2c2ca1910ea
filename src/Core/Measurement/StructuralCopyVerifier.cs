namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Accepts only exact deep copies, judged by the same engine as Compare-DeepObject: no structural difference and,
    /// with independence checked, no mutable object reachable from both the source and the copy.
    /// </summary>
    internal sealed class StructuralCopyVerifier : CopyVerifier
    {
        // The first difference is enough to reject a row; finding them all would only cost time.
        private static readonly DeepCompareOptions Options = new DeepCompareOptions { Independence = true, MaxDifferences = 1 };

        public override string Name => "Structural";

        public override string? Verify(object? source, object? copy)
        {
            var differences = DeepComparer.Compare(source, copy, Options);
            return differences.Count == 0 ? null : differences[0].ToString();
        }
    }
}
