namespace DeepCopy.Core.Measurement
{
    /// <summary>Accepts any copy that exists: the check for copies that are lossy by design.</summary>
    internal sealed class NonNullCopyVerifier : CopyVerifier
    {
        public override string Name => "NonNull";

        public override string? Verify(object? source, object? copy) =>
            copy is null && source != null ? "the copy is null" : null;
    }
}
