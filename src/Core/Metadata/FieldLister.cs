using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>Works out, once per type, which instance fields (own, inherited, private and readonly alike) need deep work.</summary>
    internal static class FieldLister
    {
        private const BindingFlags DeclaredInstanceFields =
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        public static List<FieldInfo> AllInstanceFields(Type type, Type? stopAt = null)
        {
            var fields = new List<FieldInfo>();
            for (var current = type; current != null && current != stopAt && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
            {
                fields.AddRange(current.GetFields(DeclaredInstanceFields));
            }

            return fields;
        }

        /// <summary>
        /// The deep fields of <paramref name="type"/>, leaving out those declared in <paramref name="stopAt"/> and its bases.
        /// <paramref name="layoutRefusal"/> says why, when an explicit layout overlaps fields in a way no copy can follow
        /// (<see cref="OverlappingFields"/>).
        /// </summary>
        public static DeepField[] DeepFields(Type type, Func<Type, TypePlan> planFor, out string? layoutRefusal, Type? stopAt = null)
        {
            var deep = new List<DeepField>();
            foreach (var field in AllInstanceFields(type, stopAt))
            {
                var fieldType = field.FieldType;
                if (CopyAttributes.IsIgnored(field))
                {
                    // [DeepCopyIgnore]: the shallow clone holds the source's value, which the populate step resets.
                    deep.Add(DeepField.Ignored(field, DisplayName(field)));
                    continue;
                }

                if (fieldType.IsPointer)
                {
                    deep.Add(new DeepField(field, DisplayName(field), null));
                    continue;
                }

                var nullableOf = Nullable.GetUnderlyingType(fieldType);
                if (nullableOf != null)
                {
                    // A Nullable<S> is read and written as a boxed S or null, never in place: no inline plan.
                    if (planFor(nullableOf).Kind != TypePlanKind.Immutable)
                    {
                        deep.Add(new DeepField(field, DisplayName(field), null));
                    }

                    continue;
                }

                if (fieldType.IsValueType)
                {
                    // Structs cannot contain themselves by value, so asking for their plan here always terminates.
                    var plan = planFor(fieldType);
                    if (plan.Kind == TypePlanKind.Immutable)
                    {
                        continue;
                    }

                    if (plan.InlineRenewal != null)
                    {
                        deep.Add(DeepField.Renewed(field, DisplayName(field), plan.InlineRenewal));
                        continue;
                    }

                    deep.Add(new DeepField(field, DisplayName(field), plan.Kind == TypePlanKind.FieldWalk ? plan : null));
                    continue;
                }

                if (!TypeClassifier.IsImmutableReferenceType(fieldType))
                {
                    deep.Add(new DeepField(field, DisplayName(field), null));
                }
            }

            return OverlappingFields.Resolve(deep, out layoutRefusal).ToArray();
        }

        /// <summary>True when every instance field is of an immutable type, so a struct made of them is immutable too.</summary>
        public static bool AllFieldsImmutable(Type structType, Func<Type, TypePlan> planFor)
        {
            foreach (var field in AllInstanceFields(structType))
            {
                var fieldType = field.FieldType;
                if (fieldType.IsPointer || CopyAttributes.IsIgnored(field))
                {
                    return false;
                }

                var immutable = fieldType.IsValueType
                    ? planFor(fieldType).Kind == TypePlanKind.Immutable
                    : TypeClassifier.IsImmutableReferenceType(fieldType);
                if (!immutable)
                {
                    return false;
                }
            }

            return true;
        }

        internal static string DisplayName(FieldInfo field)
        {
            // Auto-property backing fields are named "<Name>k__BackingField"; users know them by "Name".
            var name = field.Name;
            if (name.Length > 2 && name[0] == '<')
            {
                var close = name.IndexOf('>');
                if (close > 1)
                {
                    return name.Substring(1, close - 1);
                }
            }

            return name;
        }
    }
}
