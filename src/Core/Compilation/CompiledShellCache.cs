using System;
using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using System.Security;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Compilation
{
    /// <summary>
    /// Gets the generated shell factory of a plan, compiling it at most once per plan. Where the runtime refuses,
    /// at generation or at the first call, the plan keeps MemberwiseClone instead, so the refusal is paid once.
    /// </summary>
    internal static class CompiledShellCache
    {
        private static readonly Func<object, DeepCopyContext, object> ShallowClone = (source, context) => ShallowCloner.Clone(source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Func<object, DeepCopyContext, object> Get(TypePlan plan) => plan.CompiledShell ?? Compile(plan);

        /// <summary>
        /// True for what the runtime throws when it will not allocate a type without a constructor or will not run
        /// the generated method. The method calls no user code, so nothing else can come out of it.
        /// </summary>
        public static bool IsRefusal(Exception ex) =>
            ex is InvalidProgramException || ex is VerificationException || ex is MemberAccessException ||
            ex is NotSupportedException || ex is ArgumentException || ex is TypeLoadException || ex is SerializationException;

        /// <summary>Replaces a factory the runtime refused with MemberwiseClone, for good.</summary>
        public static Func<object, DeepCopyContext, object> FallBack(TypePlan plan)
        {
            plan.CompiledShell = ShallowClone;
            return ShallowClone;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Func<object, DeepCopyContext, object> Compile(TypePlan plan)
        {
            lock (plan.CompileGate)
            {
                var existing = plan.CompiledShell;
                if (existing != null)
                {
                    return existing;
                }

                Func<object, DeepCopyContext, object>? compiled;
                try
                {
                    compiled = ShellCompiler.TryCompile(plan);
                }
                catch (Exception ex) when (ex is PlatformNotSupportedException || ex is NotSupportedException || ex is SecurityException)
                {
                    compiled = null;
                }

                var result = compiled ?? ShallowClone;
                plan.CompiledShell = result;
                return result;
            }
        }
    }
}
