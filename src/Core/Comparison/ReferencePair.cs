namespace DeepCopy.Core.Comparison
{
    /// <summary>A reference object and the difference object it is being compared with; equal only to the same two instances.</summary>
    internal readonly struct ReferencePair
    {
        public ReferencePair(object reference, object difference)
        {
            Reference = reference;
            Difference = difference;
        }

        public object Reference { get; }

        public object Difference { get; }
    }
}
