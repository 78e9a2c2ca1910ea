using System;
using DeepCopy.Core.Compilation;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Makes shells and rewrites deep fields with the per-type generated delegates (<see cref="ShellCompiler"/>,
    /// <see cref="PopulateCompiler"/>), compiled on first use and cached on the plan.
    /// </summary>
    internal sealed class CompiledObjectFiller : ObjectFiller
    {
        public static readonly CompiledObjectFiller Instance = new CompiledObjectFiller();

        public override object CreateShell(object source, TypePlan plan, DeepCopyContext context)
        {
            var create = CompiledShellCache.Get(plan);
            try
            {
                return create(source, context);
            }
            catch (Exception ex) when (CompiledShellCache.IsRefusal(ex))
            {
                // The runtime would not allocate this type without a constructor (or run the generated method);
                // MemberwiseClone needs neither. It runs no user code, so nothing of the source was touched.
                return CompiledShellCache.FallBack(plan)(source, context);
            }
        }

        public override void Populate(object source, object copy, TypePlan plan, DeepCopyContext context)
        {
            var populate = CompiledPopulateCache.Get(plan);
            try
            {
                populate(copy, context);
            }
            catch (Exception ex) when (CompiledShellCache.IsRefusal(ex))
            {
                // The runtime refused the generated code before it ran a single instruction; reflection does the same work.
                // The set is the shell path's: .NET Framework may refuse a method over a collectible type (a PowerShell
                // class) with NotSupportedException or TypeLoadException. Handlers the code reaches through the context
                // have their failures wrapped in DeepCopyException, which passes; an engine fault of one of these kinds
                // would meet the reflection rerun the same way and surface from there.
                CompiledPopulateCache.FallBackToReflection(plan)(copy, context);
            }
        }
    }
}
