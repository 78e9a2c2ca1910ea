namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>A struct holding references, stored inline in <see cref="Holder"/>: compiled code rewrites it by address.</summary>
    internal struct Pair
    {
        public object? First;
        public readonly int[] Second;

        public Pair(object? first, int[] second)
        {
            First = first;
            Second = second;
        }
    }
}
