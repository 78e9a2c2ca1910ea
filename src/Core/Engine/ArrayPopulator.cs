using System;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>Rewrites the elements of an array shell (a block clone of the source) that need deep work.</summary>
    internal static class ArrayPopulator
    {
        /// <summary>
        /// Elements of a reference array scheduled at a time. The rest of the array waits as one work item under them,
        /// so a ten-million-element array holds the work stack to one slice instead of ten million pending elements.
        /// </summary>
        internal const int SliceLength = 4096;

        public static void Populate(Array source, Array copy, TypePlan plan, int start, DeepCopyContext context)
        {
            if (plan.IsVector && !plan.ElementType!.IsValueType)
            {
                var end = source.Length - start > SliceLength ? start + SliceLength : source.Length;
                if (end < source.Length)
                {
                    context.ScheduleArrayRest(source, copy, plan, end);
                }

                // A slice of leaves schedules nothing, so the drain loop may not look at the token for many slices.
                context.ThrowIfCancellationRequested();
                PopulateReferenceVector((object?[])source, (object?[])copy, start, end, context);
                return;
            }

            var renewal = plan.StructElementPlan?.InlineRenewal;
            if (renewal != null)
            {
                RenewAll(copy, renewal, context);
                return;
            }

            if (plan.IsVector && plan.StructElementPlan != null)
            {
                PopulateStructVector(copy, plan.StructElementPlan, context);
                return;
            }

            PopulateGeneral(source, copy, plan, context);
        }

        private static void PopulateReferenceVector(object?[] source, object?[] copy, int start, int end, DeepCopyContext context)
        {
            // PERF: arrays of any reference type are object[] through covariance, so one tight loop serves them all.
            for (var i = start; i < end; i++)
            {
                var value = source[i];
                if (value is null)
                {
                    continue;
                }

                var copied = context.CopyElement(value, i);
                if (!ReferenceEquals(copied, value))
                {
                    copy[i] = copied;
                }
            }
        }

        private static void PopulateStructVector(Array copy, TypePlan elementPlan, DeepCopyContext context)
        {
            var inline = elementPlan.Kind == TypePlanKind.FieldWalk;
            for (var i = 0; i < copy.Length; i++)
            {
                // Structs filled inline skip CopyElement, which would count them.
                context.Tick();
                var box = copy.GetValue(i)!;
                copy.SetValue(inline ? context.PopulateInlineStruct(box, elementPlan, PathSegmentKind.Index, null, i) : context.CopyElement(box, i), i);
            }
        }

        /// <summary>Elements renewed rather than copied (SpinLocks): each made new in place from the source's bits in the shell.</summary>
        private static void RenewAll(Array copy, Handlers.IInlineRenewal renewal, DeepCopyContext context)
        {
            var indices = new int[copy.Rank];
            for (var flat = 0; flat < copy.Length; flat++)
            {
                context.Tick();
                ArrayIndexer.Fill(copy, flat, indices);
                copy.SetValue(renewal.Renew(copy.GetValue(indices)!), indices);
            }
        }

        private static void PopulateGeneral(Array source, Array copy, TypePlan plan, DeepCopyContext context)
        {
            var indices = new int[source.Rank];
            var structPlan = plan.StructElementPlan;
            var inline = structPlan != null && structPlan.Kind == TypePlanKind.FieldWalk;
            for (var flat = 0; flat < source.Length; flat++)
            {
                context.Tick();
                ArrayIndexer.Fill(source, flat, indices);
                var value = source.GetValue(indices);
                if (value is null)
                {
                    continue;
                }

                var copied = inline
                    ? context.PopulateInlineStruct(value, structPlan!, PathSegmentKind.MultiIndex, source, flat)
                    : context.CopyChild(value, PathSegmentKind.MultiIndex, source, flat);
                if (!ReferenceEquals(copied, value) || inline)
                {
                    copy.SetValue(copied, indices);
                }
            }
        }
    }
}
