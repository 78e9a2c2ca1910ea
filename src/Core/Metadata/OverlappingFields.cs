using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.InteropServices;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Makes the deep fields of an explicit layout ([FieldOffset]) name each piece of memory once. Fields that overlap
    /// are one slot with several names, directly ([FieldOffset(0)] object A; [FieldOffset(0)] int[] B) or through a struct
    /// stored inline ([FieldOffset(0)] Pair S, whose second reference sits at 8, and [FieldOffset(8)] Leaf O). Copied
    /// under each name, a slot is copied twice: generated code reads the second name from the copy and copies the copy
    /// (and loops for ever on a self-cycle), reflection is right or wrong by declaration order. So, per explicit type:
    /// <list type="bullet">
    /// <item>a [DeepCopyIgnore] field whose memory other fields, not ignored, name whole is dropped: memory is cleared only
    /// where every name is ignored; one they name only in part can be neither cleared nor kept, and refuses the type;</item>
    /// <item>a reference slot is copied by its first name, the others dropped, since they read what it wrote;</item>
    /// <item>a reference inside a value copied whole (a Nullable, a struct with a handler) cannot be left to a plain
    /// name, nor copied beside the value: the type is refused, unless both names are that same value at the same place.</item>
    /// </list>
    /// The runtime lets a reference overlap only a reference, so the names of a slot always agree on what it holds.
    /// </summary>
    internal static class OverlappingFields
    {
        private const BindingFlags DeclaredInstanceFields =
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        /// <summary>
        /// Returns <paramref name="deep"/> with each slot of an explicit layout named once; <paramref name="refusal"/> is set,
        /// in words that fit after "because", when the layout cannot be copied faithfully.
        /// </summary>
        public static List<DeepField> Resolve(List<DeepField> deep, out string? refusal)
        {
            refusal = null;
            List<Type>? explicitTypes = null;
            foreach (var deepField in deep)
            {
                var declaring = deepField.Field.DeclaringType!;
                if (declaring.IsExplicitLayout && !(explicitTypes?.Contains(declaring) ?? false))
                {
                    (explicitTypes ??= new List<Type>()).Add(declaring);
                }
            }

            if (explicitTypes is null)
            {
                return deep;
            }

            // Fields of different declaring types never share memory: each class lays out its own after its base's.
            var layout = new ValueLayout();
            foreach (var declaring in explicitTypes)
            {
                deep = ResolveWithin(declaring, deep, layout, out refusal);
                if (refusal != null)
                {
                    break;
                }
            }

            return deep;
        }

        private static List<DeepField> ResolveWithin(Type declaring, List<DeepField> deep, ValueLayout layout, out string? refusal)
        {
            refusal = null;
            var deepOf = new Dictionary<FieldInfo, DeepField>();
            foreach (var deepField in deep)
            {
                if (deepField.Field.DeclaringType == declaring)
                {
                    deepOf.Add(deepField.Field, deepField);
                }
            }

            var names = new List<LayoutName>();
            foreach (var field in declaring.GetFields(DeclaredInstanceFields))
            {
                var offset = field.GetCustomAttribute<FieldOffsetAttribute>();
                var size = layout.SizeOf(field.FieldType);
                if (offset is null || size < 0)
                {
                    refusal = Unmeasured(field.Name);
                    return deep;
                }

                deepOf.TryGetValue(field, out var deepField);
                names.Add(new LayoutName(field, deepField, FieldLister.DisplayName(field), offset.Value, size));
            }

            if (!AnyOverlap(names))
            {
                return deep;
            }

            var leaves = new List<LayoutName>();
            foreach (var name in names)
            {
                if (!Expand(name, layout))
                {
                    refusal = Unmeasured(name.Path);
                    return deep;
                }

                AddLeaves(name, leaves);
            }

            refusal = OverlapRules.ClearOnlyWhereEveryNameIsIgnored(leaves) ?? OverlapRules.CopyEachSlotOnce(leaves, layout);
            return refusal is null ? Rebuild(declaring, deep, names) : deep;
        }

        private static bool AnyOverlap(List<LayoutName> names)
        {
            var sorted = new List<LayoutName>(names);
            sorted.Sort((left, right) => left.Start.CompareTo(right.Start));
            var end = int.MinValue;
            foreach (var name in sorted)
            {
                if (name.Start < end)
                {
                    return true;
                }

                end = Math.Max(end, name.End);
            }

            return false;
        }

        /// <summary>Gives a struct stored inline with deep work the names of its own fields, measured where the runtime put them.</summary>
        private static bool Expand(LayoutName name, ValueLayout layout)
        {
            var structPlan = name.Deep?.InlineStructPlan;
            if (structPlan is null || name.Deep!.IsIgnored)
            {
                return true;
            }

            var measured = layout.Measure(name.Field.FieldType);
            if (measured is null)
            {
                return false;
            }

            name.Parts = new List<LayoutName>(measured.Fields.Length);
            for (var i = 0; i < measured.Fields.Length; i++)
            {
                var field = measured.Fields[i];
                var deep = Find(structPlan.DeepFields, field);

                // An ignored field the struct's own plan dropped is covered there by fields not ignored, which are named here.
                if (deep is null && CopyAttributes.IsIgnored(field))
                {
                    continue;
                }

                var size = layout.SizeOf(field.FieldType);
                if (size < 0)
                {
                    return false;
                }

                var part = new LayoutName(field, deep, name.Path + "." + FieldLister.DisplayName(field), name.Start + measured.Offsets[i], size);
                if (!Expand(part, layout))
                {
                    return false;
                }

                name.Parts.Add(part);
            }

            return true;
        }

        private static void AddLeaves(LayoutName name, List<LayoutName> leaves)
        {
            if (name.Parts is null)
            {
                leaves.Add(name);
                return;
            }

            foreach (var part in name.Parts)
            {
                AddLeaves(part, leaves);
            }
        }

        /// <summary>The deep fields of <paramref name="declaring"/> rebuilt from their names, leaving out those dropped.</summary>
        private static List<DeepField> Rebuild(Type declaring, List<DeepField> deep, List<LayoutName> names)
        {
            var nameOf = new Dictionary<FieldInfo, LayoutName>(names.Count);
            foreach (var name in names)
            {
                nameOf.Add(name.Field, name);
            }

            var result = new List<DeepField>(deep.Count);
            foreach (var deepField in deep)
            {
                if (deepField.Field.DeclaringType != declaring)
                {
                    result.Add(deepField);
                    continue;
                }

                var rebuilt = Rebuild(nameOf[deepField.Field]);
                if (rebuilt != null)
                {
                    result.Add(rebuilt);
                }
            }

            return result;
        }

        private static DeepField? Rebuild(LayoutName name)
        {
            var deep = name.Deep!;
            if (name.Parts is null)
            {
                return name.Dropped ? null : deep;
            }

            // A struct stored inline keeps the plan of its type unless one of its own fields was dropped here: then it gets
            // a plan of its own, for this place only, without that field.
            var structPlan = deep.InlineStructPlan!;
            var kept = new List<DeepField>(structPlan.DeepFields.Length);
            var changed = false;
            foreach (var partDeep in structPlan.DeepFields)
            {
                var part = name.Parts.Find(candidate => ReferenceEquals(candidate.Deep, partDeep));
                var rebuilt = part is null ? partDeep : Rebuild(part);
                changed |= !ReferenceEquals(rebuilt, partDeep);
                if (rebuilt != null)
                {
                    kept.Add(rebuilt);
                }
            }

            return !changed ? deep
                : kept.Count == 0 ? null
                : new DeepField(deep.Field, deep.DisplayName, TypePlan.ForFields(structPlan.Type, kept.ToArray()));
        }

        private static DeepField? Find(IEnumerable<DeepField> deep, FieldInfo field)
        {
            foreach (var deepField in deep)
            {
                if (deepField.Field == field)
                {
                    return deepField;
                }
            }

            return null;
        }

        internal static string Unmeasured(string path) =>
            "its fields overlap ([FieldOffset]) and the layout of '" + path + "' could not be measured, so the copy cannot tell which memory they share";
    }
}
