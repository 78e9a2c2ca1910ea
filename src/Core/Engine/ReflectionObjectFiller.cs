using System.Reflection;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>Rewrites deep fields through <see cref="FieldInfo"/>: no code generation, so nothing to pay up front.</summary>
    internal sealed class ReflectionObjectFiller : ObjectFiller
    {
        public static readonly ReflectionObjectFiller Instance = new ReflectionObjectFiller();

        public override void Populate(object source, object copy, TypePlan plan, DeepCopyContext context)
        {
            foreach (var deepField in plan.DeepFields)
            {
                var field = deepField.Field;
                if (deepField.SetsOwnValue)
                {
                    // The shell holds the source's bits, so a renewal reads what it keeps (a SpinLock's mode) from it.
                    var renewal = deepField.Renewal;
                    field.SetValue(copy, renewal is null ? deepField.DefaultValue : renewal.Renew(field.GetValue(copy)!));
                    continue;
                }

                var structPlan = deepField.InlineStructPlan;
                if (structPlan != null)
                {
                    // A struct stored inline: take a boxed copy, rewrite its fields, store it back.
                    var box = field.GetValue(copy)!;
                    context.PopulateInlineStruct(box, structPlan, PathSegmentKind.Member, deepField.DisplayName, 0);
                    field.SetValue(copy, box);
                    continue;
                }

                var value = field.GetValue(source);
                if (value is null)
                {
                    continue;
                }

                var copied = context.CopyMember(value, deepField.DisplayName);
                if (!ReferenceEquals(copied, value))
                {
                    field.SetValue(copy, copied);
                }
            }
        }
    }
}
