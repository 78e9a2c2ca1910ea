using System.Collections.Generic;
using DeepCopy.Core.Comparison;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// Boxed struct keys reached earlier in the graph (hunt 31). A box is filled inline when first reached (CopyNew), so
    /// it has no work item of its own: the objects in its fields were scheduled then, and may still wait on the work
    /// stack. A collection that hashed the box now would hash it over the source's children (a <c>ValueTuple</c> over a
    /// <c>Tuple</c> over a list), and lose it once they are filled. So the parts the box's fill scheduled are finished
    /// as a key reached earlier is: found by the same search, filled once, and left a step that does nothing.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>
        /// Finishes the pending items of the objects <paramref name="box"/>'s deep fields hold, and of the parts of boxes
        /// among them (a box inside a box was filled inline too, up to <see cref="MaxBoxNesting"/>; past that it has an
        /// item of its own, which the search finds). Runs only for a boxed key whose copy existed already.
        /// </summary>
        private void FinishPendingBoxParts(object box, TypePlan plan, int position, int mark)
        {
            HashSet<object>? boxesSeen = null;
            FinishPartsOf(box, plan, box, position, mark, 0, ref boxesSeen);
        }

        /// <summary>
        /// One struct's deep fields, read from the source as the fill read them: an inline struct's fields in place, a
        /// referenced object's item, and a box's parts. <paramref name="boxesSeen"/> is made at the first box inside the
        /// key, so boxes that refer to each other, or one box held by many fields, are walked once.
        /// </summary>
        private void FinishPartsOf(object structValue, TypePlan plan, object key, int position, int mark, int boxNesting, ref HashSet<object>? boxesSeen)
        {
            foreach (var deepField in plan.DeepFields)
            {
                if (deepField.SetsOwnValue)
                {
                    // Ignored or renewed: the copy holds no copy of what the source holds there.
                    continue;
                }

                var value = deepField.Field.GetValue(structValue);
                if (value is null || value is string)
                {
                    continue;
                }

                var inlinePlan = deepField.InlineStructPlan;
                if (inlinePlan != null)
                {
                    // A struct stored inline: part of this one, bounded by the type's own nesting.
                    FinishPartsOf(value, inlinePlan, key, position, mark, boxNesting, ref boxesSeen);
                    continue;
                }

                var partPlan = PlanOf(value.GetType());
                if (partPlan.TakenAsIs || !partPlan.NeedsPopulate)
                {
                    continue;
                }

                FinishPendingItems(value, key, position, mark);
                if (partPlan.IsValueType && partPlan.Kind == TypePlanKind.FieldWalk && boxNesting < MaxBoxNesting)
                {
                    // A box (or a Nullable's value, boxed by the read): its own parts were scheduled by its inline fill.
                    boxesSeen ??= new HashSet<object>(ReferenceIdentityComparer.Instance) { key };
                    if (boxesSeen.Add(value))
                    {
                        FinishPartsOf(value, partPlan, key, position, mark, boxNesting + 1, ref boxesSeen);
                    }
                }
            }
        }
    }
}
