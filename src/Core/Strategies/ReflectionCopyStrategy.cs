using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies
{
    /// <summary>Walks fields through reflection with a fresh context per copy: no warm-up, no code generation, no shared scratch.</summary>
    internal sealed class ReflectionCopyStrategy : ICopyStrategy
    {
        public static readonly ReflectionCopyStrategy Instance = new ReflectionCopyStrategy();

        public DeepCopyStrategy Kind => DeepCopyStrategy.Reflection;

        public object? Copy(object? source, DeepCopyOptions options, out CopyStatistics statistics)
        {
            var context = new DeepCopyContext(ReflectionObjectFiller.Instance);
            var copy = context.Run(source, options);
            statistics = context.Statistics;
            return copy;
        }
    }
}
