using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// The struct types a collection of the class library, an array or an object's fields store inline. Copying such a
    /// slot boxes it for the call, and that box is the engine's own (DeepCopyContext.InlineSlots.cs). A struct type is left out when another
    /// slot of the collection is of a reference type that could hold a box of it (the values of a
    /// <c>Dictionary&lt;Point, object&gt;</c> may be boxed Points held as objects, which can carry attached state).
    /// </summary>
    internal static class InlineSlots
    {
        /// <summary>For an array or a built-in handler's plan: the inline struct types, or null when there are none.</summary>
        public static Type[]? Of(TypePlan plan)
        {
            if (plan.Kind == TypePlanKind.Array)
            {
                return Select(new[] { plan.ElementType! });
            }

            // Only the class library's own collections: a subclass of the user's may copy fields of its own, of any type,
            // at the same place in the graph.
            var type = plan.Type;
            return type.IsGenericType && Comparison.FrameworkAssemblies.Contains(type.Assembly) ? Select(type.GetGenericArguments()) : null;
        }

        /// <summary>
        /// For a field walk: the struct types of fields read as a box for the call (a <c>Nullable&lt;S&gt;</c> of a struct
        /// with references, a struct a handler copies), or null when there are none. Every field copied at the object's
        /// place counts as a slot, the fields of structs stored inline too: the generated code copies those at the same place.
        /// </summary>
        public static Type[]? OfFields(TypePlan plan)
        {
            var slots = new List<Type>();
            CollectFieldSlots(plan.DeepFields, slots);
            return slots.Exists(slot => slot.IsValueType) ? Select(slots.ToArray()) : null;
        }

        private static void CollectFieldSlots(DeepField[] fields, List<Type> slots)
        {
            foreach (var field in fields)
            {
                if (field.InlineStructPlan != null)
                {
                    CollectFieldSlots(field.InlineStructPlan.DeepFields, slots);
                }
                else if (!field.IsIgnored && !field.SetsOwnValue && !field.Field.FieldType.IsPointer)
                {
                    slots.Add(field.Field.FieldType);
                }
            }
        }

        private static Type[]? Select(Type[] slots)
        {
            List<Type>? inline = null;
            foreach (var slot in slots)
            {
                // A Nullable<S> slot is read as a boxed S.
                var boxed = Nullable.GetUnderlyingType(slot) ?? slot;
                if (boxed.IsValueType && !AnyCanHoldBoxOf(slots, boxed))
                {
                    (inline ??= new List<Type>()).Add(boxed);
                }
            }

            return inline?.ToArray();
        }

        private static bool AnyCanHoldBoxOf(Type[] slots, Type structType)
        {
            foreach (var slot in slots)
            {
                if (!slot.IsValueType && slot.IsAssignableFrom(structType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
