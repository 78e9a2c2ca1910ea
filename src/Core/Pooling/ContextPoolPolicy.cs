using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Pooling
{
    /// <summary>
    /// What the pool keeps: a context is reset before reuse and refused when a copy grew its scratch buffers past a
    /// bound, so one huge copy cannot pin hundreds of megabytes to a thread for the rest of the process.
    /// </summary>
    internal static class ContextPoolPolicy
    {
        /// <summary>Identity-map slots kept: 2M slots (16 MB) and their pairs (16 bytes each) serve graphs of up to ~1.5M objects.</summary>
        public const int MaxMapCapacity = 1 << 21;

        /// <summary>Work-stack and path-table entries kept: deeper or wider graphs drop their context afterwards.</summary>
        public const int MaxStackCapacity = 1 << 20;

        public static DeepCopyContext Create(ObjectFiller filler) => new DeepCopyContext(filler);

        /// <summary>Clears the context and says whether it is small enough to keep.</summary>
        public static bool ResetForReuse(DeepCopyContext context)
        {
            context.Clear();
            return context.Map.Capacity <= MaxMapCapacity
                && context.Work.Capacity <= MaxStackCapacity
                && context.Path.Capacity <= MaxStackCapacity;
        }
    }
}
