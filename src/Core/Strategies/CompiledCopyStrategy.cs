using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies
{
    /// <summary>Per-type generated delegates, built once and cached on the type plan; a fresh context per copy.</summary>
    internal sealed class CompiledCopyStrategy : ICopyStrategy
    {
        public static readonly CompiledCopyStrategy Instance = new CompiledCopyStrategy();

        public DeepCopyStrategy Kind => DeepCopyStrategy.Compiled;

        public object? Copy(object? source, DeepCopyOptions options, out CopyStatistics statistics) =>
            FreshContext.Run(CompiledObjectFiller.Instance, source, options, out statistics);
    }
}
