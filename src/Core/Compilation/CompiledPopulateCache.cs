using System;
using System.Runtime.CompilerServices;
using System.Security;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Compilation
{
    /// <summary>
    /// Gets the compiled populate delegate of a plan, compiling it at most once per plan. Where code cannot be
    /// generated (no dynamic code, or a type the generated method may not touch), the plan remembers a reflection
    /// delegate instead, so the failure is paid once.
    /// </summary>
    internal static class CompiledPopulateCache
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Action<object, DeepCopyContext> Get(TypePlan plan) => plan.CompiledPopulate ?? Compile(plan);

        /// <summary>Replaces a delegate that failed to run (for example, failed JIT verification) with reflection.</summary>
        public static Action<object, DeepCopyContext> FallBackToReflection(TypePlan plan)
        {
            var fallback = ReflectionFallback(plan);
            plan.CompiledPopulate = fallback;
            return fallback;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Action<object, DeepCopyContext> Compile(TypePlan plan)
        {
            lock (plan.CompileGate)
            {
                var existing = plan.CompiledPopulate;
                if (existing != null)
                {
                    return existing;
                }

                Action<object, DeepCopyContext>? compiled;
                try
                {
                    compiled = PopulateCompiler.TryCompile(plan);
                }
                catch (Exception ex) when (ex is PlatformNotSupportedException || ex is NotSupportedException || ex is SecurityException)
                {
                    compiled = null;
                }

                var result = compiled ?? ReflectionFallback(plan);
                plan.CompiledPopulate = result;
                return result;
            }
        }

        private static Action<object, DeepCopyContext> ReflectionFallback(TypePlan plan) =>
            (copy, context) => ReflectionObjectFiller.Instance.Populate(copy, copy, plan, context);
    }
}
