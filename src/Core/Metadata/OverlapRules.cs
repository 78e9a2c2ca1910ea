using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// The two rules <see cref="OverlappingFields"/> applies to the names of an explicit layout's memory: an ignored name
    /// clears memory only where no kept name covers it, and each reference slot is copied under one name only.
    /// </summary>
    internal static class OverlapRules
    {
        /// <summary>An ignored name whose memory kept names cover is dropped: they say what the memory holds.</summary>
        public static string? ClearOnlyWhereEveryNameIsIgnored(List<LayoutName> leaves)
        {
            foreach (var ignored in leaves)
            {
                if (!ignored.IsIgnored)
                {
                    continue;
                }

                var kept = new List<LayoutName>();
                foreach (var other in leaves)
                {
                    if (!other.IsIgnored && other.Overlaps(ignored))
                    {
                        kept.Add(other);
                    }
                }

                if (kept.Count == 0)
                {
                    continue;
                }

                if (!Covers(kept, ignored))
                {
                    return "its field '" + ignored.Path + "' is marked [DeepCopyIgnore] and shares part of its memory ([FieldOffset]) with '" +
                        kept[0].Path + "', which is not, so it can be neither cleared nor kept whole";
                }

                ignored.Dropped = true;
            }

            return null;
        }

        private static bool Covers(List<LayoutName> kept, LayoutName ignored)
        {
            kept.Sort((left, right) => left.Start.CompareTo(right.Start));
            var reached = ignored.Start;
            foreach (var name in kept)
            {
                if (name.Start > reached)
                {
                    return false;
                }

                reached = Math.Max(reached, name.End);
            }

            return reached >= ignored.End;
        }

        public static string? CopyEachSlotOnce(List<LayoutName> leaves, ValueLayout layout)
        {
            var owners = new Dictionary<int, LayoutName>();

            // Values copied whole first: a Nullable without a value copies nothing, so a reference inside one can never be
            // left to it by a plain name, and a plain name copying it beside the whole value would copy it twice.
            foreach (var whole in leaves)
            {
                if (!whole.IsCopied || !whole.Field.FieldType.IsValueType)
                {
                    continue;
                }

                var slots = new List<int>();
                if (!layout.AddReferenceSlots(whole.Field.FieldType, whole.Start, slots))
                {
                    return OverlappingFields.Unmeasured(whole.Path);
                }

                LayoutName? twin = null;
                foreach (var slot in slots)
                {
                    if (owners.TryGetValue(slot, out var other))
                    {
                        if (other.Field.FieldType != whole.Field.FieldType || other.Start != whole.Start)
                        {
                            return WholeOverlap(other, whole);
                        }

                        twin = other;
                    }
                }

                if (twin != null)
                {
                    // The same value at the same place under a second name: copying the first writes it.
                    whole.Dropped = true;
                    continue;
                }

                foreach (var slot in slots)
                {
                    owners[slot] = whole;
                }
            }

            foreach (var single in leaves)
            {
                if (!single.IsCopied || single.Field.FieldType.IsValueType)
                {
                    continue;
                }

                if (!owners.TryGetValue(single.Start, out var owner))
                {
                    owners[single.Start] = single;
                }
                else if (owner.Field.FieldType.IsValueType)
                {
                    return WholeOverlap(owner, single);
                }
                else
                {
                    single.Dropped = true;
                }
            }

            return null;
        }

        private static string WholeOverlap(LayoutName first, LayoutName second)
        {
            var whole = first.Field.FieldType.IsValueType ? first : second;
            return "its fields '" + first.Path + "' and '" + second.Path + "' share a reference ([FieldOffset]), and '" + whole.Path +
                "' is a value copied whole, which may not copy that reference, so it cannot be copied exactly once";
        }
    }
}
