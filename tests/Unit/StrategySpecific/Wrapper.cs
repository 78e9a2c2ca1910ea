namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>A struct that holds a struct that holds references: two levels of inline rewriting.</summary>
    internal readonly struct Wrapper
    {
        public readonly Pair Inner;

        public Wrapper(Pair inner)
        {
            Inner = inner;
        }
    }
}
