namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Accepts only exact deep copies, judged by the same engine as Compare-DeepObject: no structural difference and,
    /// with independence checked, no mutable object reachable from both the source and the copy.
    /// </summary>
    internal sealed class StructuralCopyVerifier : CopyVerifier
    {
        private readonly DeepCompareOptions _options;

        /// <param name="independence">
        /// False when the copy shares some values on purpose (NonCopyableAction Reference, a Share policy): those would
        /// otherwise read as shared mutable state.
        /// </param>
        public StructuralCopyVerifier(bool independence)
        {
            // The first difference is enough to reject a row; finding them all would only cost time.
            _options = new DeepCompareOptions { Independence = independence, MaxDifferences = 1 };
            Name = independence ? "Structural" : "Structural (sharing allowed)";
        }

        public override string Name { get; }

        public override string? Verify(object? source, object? copy)
        {
            var differences = DeepComparer.Compare(source, copy, _options);
            return differences.Count == 0 ? null : differences[0].ToString();
        }
    }
}
