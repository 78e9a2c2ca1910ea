using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Auto's filler: a type starts on reflection, so a cold type costs no compilation, and is compiled once it has
    /// been populated <see cref="CompileThreshold"/> times, the point where compiling has paid for itself.
    /// Measured (docs/strategies.md): generating one type's delegate costs about 0.85 ms, while on .NET 10 the
    /// generated code saves well under 100 ns per object over field reflection, so only a type met thousands of
    /// times repays it.
    /// </summary>
    internal sealed class AdaptiveObjectFiller : ObjectFiller
    {
        /// <summary>Objects of one type populated by reflection before Auto compiles the type.</summary>
        public const int CompileThreshold = 8192;

        public static readonly AdaptiveObjectFiller Instance = new AdaptiveObjectFiller();

        public override void Populate(object source, object copy, TypePlan plan, DeepCopyContext context)
        {
            if (plan.CompiledPopulate != null || ++plan.ReflectionUses > CompileThreshold)
            {
                // A racy counter is fine: it only decides when, never whether, compilation happens.
                CompiledObjectFiller.Instance.Populate(source, copy, plan, context);
                return;
            }

            ReflectionObjectFiller.Instance.Populate(source, copy, plan, context);
        }
    }
}
