namespace DeepCopy.Benchmarks.Workloads
{
    /// <summary>Workload 4: a linked chain a million links deep. Any copier that recurses per link overflows the stack.</summary>
    public static class ChainWorkload
    {
        public const int Length = 1_000_000;

        public static ChainNode Build()
        {
            var head = new ChainNode { Value = 0 };
            var current = head;
            for (var i = 1; i < Length; i++)
            {
                current = current.Next = new ChainNode { Value = i };
            }

            return head;
        }
    }
}
