using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies
{
    /// <summary>Walks fields through reflection with a fresh context per copy: no warm-up, no code generation, no shared scratch (only a size hint per root type, see <see cref="FreshContext"/>).</summary>
    internal sealed class ReflectionCopyStrategy : ICopyStrategy
    {
        public static readonly ReflectionCopyStrategy Instance = new ReflectionCopyStrategy();

        public DeepCopyStrategy Kind => DeepCopyStrategy.Reflection;

        public object? Copy(object? source, DeepCopyOptions options, out CopyStatistics statistics) =>
            FreshContext.Run(ReflectionObjectFiller.Instance, source, options, out statistics);
    }
}
