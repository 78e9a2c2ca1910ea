using System;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// How many methods the just-in-time compiler has compiled in this process, on every thread. The count moves while
    /// the runtime is still compiling or recompiling (tiered compilation swaps in optimised code in the background),
    /// so warm-up can go on until it stops moving. System.Runtime.JitInfo exists from .NET 6 on; Core targets
    /// netstandard2.0, so it is found by reflection and, where it is missing, the count reads as null.
    /// </summary>
    internal static class JitProbe
    {
        private static readonly Func<bool, long>? CompiledMethodCount =
            OptionalRuntimeMethod.Bind<Func<bool, long>>(Type.GetType("System.Runtime.JitInfo"), "GetCompiledMethodCount", typeof(bool));

        public static long? Read() => CompiledMethodCount?.Invoke(false);
    }
}
