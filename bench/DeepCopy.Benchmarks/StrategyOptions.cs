using System;
using System.Collections.Generic;
using DeepCopy.Core;

namespace DeepCopy.Benchmarks
{
    /// <summary>Every strategy, read from the enum so strategies added later are benchmarked without touching this suite.</summary>
    public static class StrategyOptions
    {
        private static readonly Dictionary<DeepCopyStrategy, DeepCopyOptions> Options = Create();

        /// <summary>The argument source of every DeepCopy benchmark.</summary>
        public static IEnumerable<DeepCopyStrategy> All() => Options.Keys;

        /// <summary>One options instance per strategy, made once, so a benchmarked copy allocates only the copy.</summary>
        public static DeepCopyOptions For(DeepCopyStrategy strategy) => Options[strategy];

        private static Dictionary<DeepCopyStrategy, DeepCopyOptions> Create()
        {
            var options = new Dictionary<DeepCopyStrategy, DeepCopyOptions>();
            foreach (DeepCopyStrategy strategy in Enum.GetValues(typeof(DeepCopyStrategy)))
            {
                options[strategy] = new DeepCopyOptions { Strategy = strategy };
            }

            return options;
        }
    }
}
