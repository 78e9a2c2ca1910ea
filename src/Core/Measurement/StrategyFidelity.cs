using System;

namespace DeepCopy.Core.Measurement
{
    /// <summary>Which strategies promise an exact copy, so their rows are verified structurally.</summary>
    internal static class StrategyFidelity
    {
        // The Json strategy round-trips public properties through JSON and says so in its docs: types and sharing
        // are not kept. It is matched by name because strategies are added in parallel and this file must compile
        // with or without it. Every other strategy follows the shared type plans and must copy exactly.
        private static readonly string[] LossyStrategyNames = { "Json" };

        public static bool IsExact(DeepCopyStrategy strategy)
        {
            var name = strategy.ToString();
            foreach (var lossy in LossyStrategyNames)
            {
                if (string.Equals(name, lossy, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
