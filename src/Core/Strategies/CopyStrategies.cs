using System;

namespace DeepCopy.Core.Strategies
{
    /// <summary>The one place that maps a <see cref="DeepCopyStrategy"/> to its implementation.</summary>
    internal static class CopyStrategies
    {
        public static ICopyStrategy For(DeepCopyStrategy strategy)
        {
            switch (strategy)
            {
                case DeepCopyStrategy.Auto:
                    return AutoCopyStrategy.Instance;
                case DeepCopyStrategy.Reflection:
                    return ReflectionCopyStrategy.Instance;
                case DeepCopyStrategy.Compiled:
                    return CompiledCopyStrategy.Instance;
                case DeepCopyStrategy.Pooled:
                    return PooledCopyStrategy.Instance;
                case DeepCopyStrategy.Json:
                    return JsonCopyStrategy.Instance;
                default:
                    throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown copy strategy.");
            }
        }
    }
}
