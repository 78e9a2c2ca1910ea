namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>Readonly fields of every shape: reference, inline struct with references, boxed struct, nested inline struct.</summary>
    internal class Holder
    {
        public readonly Customer Owner;
        public readonly Pair Inline;
        public readonly object Boxed;
        public readonly Wrapper Nested;

        public Holder(Customer owner, Pair inline, object boxed, Wrapper nested)
        {
            Owner = owner;
            Inline = inline;
            Boxed = boxed;
            Nested = nested;
        }
    }
}
