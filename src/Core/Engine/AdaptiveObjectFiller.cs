using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Auto's filler: a type starts on reflection (MemberwiseClone shells, FieldInfo populate), so a cold type costs
    /// no compilation, and is compiled once <see cref="CompileThreshold"/> of its objects have been copied, the point
    /// where compiling has paid for itself.
    /// Measured (docs/strategies.md, ColdTypeBenchmarks): generating one type's shell and populate costs about 2.4 ms,
    /// and the generated code then saves about 400 ns per object over MemberwiseClone and field reflection, so a type
    /// repays it after about 6,000 objects.
    /// </summary>
    internal sealed class AdaptiveObjectFiller : ObjectFiller
    {
        /// <summary>Objects of one type copied by reflection before Auto compiles the type.</summary>
        public const int CompileThreshold = 8192;

        public static readonly AdaptiveObjectFiller Instance = new AdaptiveObjectFiller();

        public override object CreateShell(object source, TypePlan plan, DeepCopyContext context)
        {
            // Counted here, not in Populate: every field-walked object gets a shell, but one whose fields are all
            // immutable is never populated, and those are often the most numerous (order lines, points, records).
            // A racy counter is fine: it only decides when, never whether, compilation happens.
            // A type another strategy already compiled uses that code at once: its cost is paid.
            if (plan.CompiledShell != null || ++plan.ReflectionUses > CompileThreshold)
            {
                return CompiledObjectFiller.Instance.CreateShell(source, plan, context);
            }

            return ShallowCloner.Clone(source);
        }

        public override void Populate(object source, object copy, TypePlan plan, DeepCopyContext context)
        {
            if (plan.CompiledPopulate != null || plan.ReflectionUses > CompileThreshold)
            {
                CompiledObjectFiller.Instance.Populate(source, copy, plan, context);
                return;
            }

            ReflectionObjectFiller.Instance.Populate(source, copy, plan, context);
        }
    }
}
