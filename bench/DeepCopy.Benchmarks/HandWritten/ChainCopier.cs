using DeepCopy.Benchmarks.Workloads;

namespace DeepCopy.Benchmarks.HandWritten
{
    /// <summary>The physical limit for workload 4: one loop, one allocation per link, no recursion.</summary>
    internal static class ChainCopier
    {
        public static ChainNode? Copy(ChainNode? head)
        {
            if (head is null)
            {
                return null;
            }

            var copyHead = new ChainNode { Value = head.Value };
            var copy = copyHead;
            for (var source = head.Next; source != null; source = source.Next)
            {
                copy = copy.Next = new ChainNode { Value = source.Value };
            }

            return copyHead;
        }
    }
}
