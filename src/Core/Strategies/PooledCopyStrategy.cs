using DeepCopy.Core.Engine;
using DeepCopy.Core.Pooling;

namespace DeepCopy.Core.Strategies
{
    /// <summary>
    /// The compiled walk with all scratch state (identity map, work stack, path table, plan lookups) rented from a
    /// per-thread pool and returned reset. After warm-up a copy allocates only the copy itself, and large graphs stop
    /// putting a fresh identity map on the large-object heap, which is what sets off gen-2 collections.
    /// </summary>
    internal sealed class PooledCopyStrategy : ICopyStrategy
    {
        public static readonly PooledCopyStrategy Instance = new PooledCopyStrategy();

        public DeepCopyStrategy Kind => DeepCopyStrategy.Pooled;

        public object? Copy(object? source, DeepCopyOptions options, out CopyStatistics statistics) =>
            ContextPool.Run(CompiledObjectFiller.Instance, source, options, out statistics);
    }
}
