using DeepCopy.Core.Engine;
using DeepCopy.Core.Pooling;

namespace DeepCopy.Core.Strategies
{
    /// <summary>
    /// The hybrid: pooled scratch always (renting costs less than allocating even for one small copy), and per type,
    /// reflection while the type is cold and generated code once it is hot. Thresholds are in
    /// <see cref="AdaptiveObjectFiller"/> and their measurements in docs/strategies.md.
    /// </summary>
    internal sealed class AutoCopyStrategy : ICopyStrategy
    {
        public static readonly AutoCopyStrategy Instance = new AutoCopyStrategy();

        public DeepCopyStrategy Kind => DeepCopyStrategy.Auto;

        public object? Copy(object? source, DeepCopyOptions options, out CopyStatistics statistics) =>
            ContextPool.Run(AdaptiveObjectFiller.Instance, source, options, out statistics);
    }
}
