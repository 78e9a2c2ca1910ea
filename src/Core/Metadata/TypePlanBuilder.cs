using System;
using DeepCopy.Core.Handlers;

namespace DeepCopy.Core.Metadata
{
    /// <summary>Chooses a plan for a type. The rules run in a fixed order; the comment on each says why it sits where it does.</summary>
    internal static class TypePlanBuilder
    {
        public static TypePlan Build(Type type, Func<Type, TypePlan> planFor) => Build(type, planFor, honourTreatments: true);

        /// <summary>
        /// With <paramref name="honourTreatments"/> false, the statements that a type is shared or refused ([DeepCopyShare],
        /// registrations, built-in refusals) are skipped: the plan a "Copy" type policy asks for. Handlers, built-in
        /// immutables and the field walk still apply.
        /// </summary>
        public static TypePlan Build(Type type, Func<Type, TypePlan> planFor, bool honourTreatments)
        {
            var plan = BuildPlan(type, planFor, honourTreatments);
            plan.MayHaveAttachedState = (!plan.IsValueType || GivesBoxOfItsOwn(plan)) && AttachedStateAppliesTo(type);
            if (plan.Kind == TypePlanKind.Array || (plan.Kind == TypePlanKind.Handler && !plan.RunsUserCode))
            {
                plan.InlineSlotTypes = InlineSlots.Of(plan);
            }
            else if (plan.Kind == TypePlanKind.FieldWalk && !plan.IsValueType)
            {
                // A struct's own fields are copied at its container's place (inline) or its box's, never through a work
                // item of its own that could mark them, so only classes get the mark.
                plan.InlineSlotTypes = InlineSlots.OfFields(plan);
            }

            return plan;
        }

        /// <summary>
        /// A struct's box can carry attached state too (PowerShell keeps a wrapped struct's members under the box it
        /// passes to a command), but only a copy that gets a box of its own can be given it. Shared boxes (numbers,
        /// dates, readonly structs) are the copy, and a refused one has no copy, so neither costs a lookup.
        /// </summary>
        private static bool GivesBoxOfItsOwn(TypePlan plan) => !plan.TakenAsIs && plan.Kind != TypePlanKind.NonCopyable;

        /// <summary>Whether a registered attached state (<see cref="DeepCopyAttachedState"/>) asks about this type's objects.</summary>
        private static bool AttachedStateAppliesTo(Type type)
        {
            foreach (var entry in DeepCopyRegistry.AttachedStates)
            {
                if (entry.Key.AppliesTo(type))
                {
                    return true;
                }
            }

            return false;
        }

        private static TypePlan BuildPlan(Type type, Func<Type, TypePlan> planFor, bool honourTreatments)
        {
            // 0. [DeepCopyShare] first: the type's owner states it, and attributes outrank registrations (docs/policies.md).
            if (honourTreatments && CopyAttributes.IsShared(type))
            {
                return TypePlan.Immutable(type);
            }

            // 1. Registered handlers next: whoever registers one knows the type better than any built-in rule.
            foreach (var handler in DeepCopyRegistry.Handlers)
            {
                if (Claims(handler, type))
                {
                    return TypePlan.ForUserHandler(type, handler);
                }
            }

            // 2. Registered sharing and refusals next: they are the user's statements about their own types.
            if (honourTreatments && TypeClassifier.IsRegisteredShared(type))
            {
                return TypePlan.Immutable(type);
            }

            var registeredReason = honourTreatments ? TypeClassifier.GetRegisteredNonCopyableReason(type) : null;
            if (registeredReason != null)
            {
                return TypePlan.NonCopyable(type, registeredReason);
            }

            // 3. Built-in immutables: the cheapest answer, and the commonest values in any graph.
            if (TypeClassifier.IsBuiltInImmutable(type))
            {
                return TypePlan.Immutable(type);
            }

            // 3b. Runtime-owned values that never change (.NET's ExecutionContext), after the user's statements, which may copy them.
            if (honourTreatments && TypeClassifier.IsRuntimeShared(type))
            {
                return TypePlan.Immutable(type);
            }

            // 4. Arrays: the runtime gives them a shape no field walk can describe.
            if (type.IsArray)
            {
                return BuildArrayPlan(type, planFor);
            }

            // 5. Built-in handlers before the non-copyable rules: SecureString owns a handle yet has a safe Copy().
            var builtIn = BuiltInHandlers.TryCreate(type);
            if (builtIn != null)
            {
                return builtIn.UnsupportedReason is string unsupported ? TypePlan.NonCopyable(type, unsupported) : TypePlan.ForHandler(type, builtIn);
            }

            // 6. Built-in refusals: handles, streams, delegates and the like.
            var reason = honourTreatments ? TypeClassifier.GetBuiltInNonCopyableReason(type) : null;
            if (reason != null)
            {
                return TypePlan.NonCopyable(type, reason);
            }

            if (type.IsGenericTypeDefinition || type.ContainsGenericParameters || type.IsByRef)
            {
                return TypePlan.NonCopyable(type, "it is an open generic or by-reference type, which has no values");
            }

            // 7. Structs made only of immutables need no deep work inline; their boxes are shared only when nothing can
            //    change them in place (BoxSharing).
            if (type.IsValueType && FieldLister.AllFieldsImmutable(type, planFor))
            {
                return TypePlan.ImmutableStruct(type, BoxSharing.CanShare(type, planFor));
            }

            // 8. An [InlineArray(n)] struct that is not immutable: its elements after the first have no field of their
            //    own, so a field walk would leave them shared with the source. Refused, never copied half deep.
            var inlineLength = type.IsValueType ? InlineArrays.LengthOf(type) : 0;
            if (inlineLength > 1)
            {
                return TypePlan.NonCopyable(
                    type,
                    "it is an inline array ([InlineArray(" + inlineLength.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    ")]) of values that hold references, and its elements after the first have no field a copy can reach");
            }

            // 9. Everything else: shallow clone, then rewrite the fields that need deep work; refused when its explicit
            //    layout overlaps fields in a way no copy can follow (OverlappingFields).
            var deepFields = FieldLister.DeepFields(type, planFor, out var layoutRefusal);
            return layoutRefusal is null ? TypePlan.ForFields(type, deepFields) : TypePlan.NonCopyable(type, layoutRefusal);
        }

        /// <summary>Asks a registered handler about a type; what its CanHandle throws is its failure, named with both.</summary>
        private static bool Claims(DeepCopyHandler handler, Type type)
        {
            try
            {
                return handler.CanHandle(type);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                throw new HandlerQueryException(handler, type, ex);
            }
        }

        private static TypePlan BuildArrayPlan(Type type, Func<Type, TypePlan> planFor)
        {
            var elementType = type.GetElementType()!;
            if (elementType.IsPointer)
            {
                return TypePlan.NonCopyable(type, "its elements are unmanaged pointers");
            }

            if (elementType.IsValueType)
            {
                var elementPlan = planFor(elementType);
                var immutable = elementPlan.Kind == TypePlanKind.Immutable;

                // Nullable<S> elements read back as a boxed S or null, so they are copied one by one, not in place.
                var inlinePlan = immutable || Nullable.GetUnderlyingType(elementType) != null ? null : elementPlan;
                return TypePlan.ForArray(type, elementType, immutable, inlinePlan);
            }

            return TypePlan.ForArray(type, elementType, TypeClassifier.IsImmutableReferenceType(elementType), null);
        }
    }
}
