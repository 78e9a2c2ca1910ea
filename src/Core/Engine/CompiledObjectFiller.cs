using System;
using System.Security;
using DeepCopy.Core.Compilation;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>Rewrites deep fields with the per-type generated delegate, compiled on first use and cached on the plan.</summary>
    internal sealed class CompiledObjectFiller : ObjectFiller
    {
        public static readonly CompiledObjectFiller Instance = new CompiledObjectFiller();

        public override void Populate(object source, object copy, TypePlan plan, DeepCopyContext context)
        {
            var populate = CompiledPopulateCache.Get(plan);
            try
            {
                populate(copy, context);
            }
            catch (Exception ex) when (ex is InvalidProgramException || ex is VerificationException || ex is FieldAccessException || ex is MethodAccessException)
            {
                // The runtime refused the generated code before it ran a single instruction; reflection does the same work.
                CompiledPopulateCache.FallBackToReflection(plan)(copy, context);
            }
        }
    }
}
