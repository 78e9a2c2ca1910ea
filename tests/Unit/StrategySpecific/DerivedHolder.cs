namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>Adds a private field to a base class whose fields are private too.</summary>
    internal sealed class DerivedHolder : Holder
    {
        private readonly System.Collections.Generic.List<string> _notes;

        public DerivedHolder(Customer owner, Pair inline, object boxed, Wrapper nested, System.Collections.Generic.List<string> notes)
            : base(owner, inline, boxed, nested)
        {
            _notes = notes;
        }

        public System.Collections.Generic.List<string> Notes => _notes;
    }
}
