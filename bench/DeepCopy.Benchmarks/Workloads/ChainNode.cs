namespace DeepCopy.Benchmarks.Workloads
{
    /// <summary>One link of the deep-chain workload.</summary>
    public sealed class ChainNode
    {
        public int Value { get; set; }

        public ChainNode? Next { get; set; }
    }
}
