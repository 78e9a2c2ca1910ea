using System;
using System.Reflection;

namespace DeepCopy.Core.Compilation
{
    /// <summary>
    /// <c>System.Runtime.Intrinsics.X86.Sse.Prefetch0(void*)</c>, for generated code to call: the JIT turns the call
    /// into one instruction. Looked up by reflection because this netstandard2.0 assembly cannot name the type.
    /// </summary>
    internal static class PrefetchIntrinsic
    {
        /// <summary>Null on .NET Framework, on processors without SSE (Arm), and when the intrinsic is switched off.</summary>
        public static readonly MethodInfo? Method = Find();

        private static MethodInfo? Find()
        {
            var sse = typeof(object).Assembly.GetType("System.Runtime.Intrinsics.X86.Sse", throwOnError: false);
            var isSupported = sse?.GetProperty("IsSupported", BindingFlags.Public | BindingFlags.Static);
            if (sse is null || !(isSupported?.GetValue(null) is bool supported) || !supported)
            {
                return null;
            }

            return sse.GetMethod("Prefetch0", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(void).MakePointerType() }, null);
        }
    }
}
