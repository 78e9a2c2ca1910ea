using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// System.Linq's lookups and groupings, by meaning: their fields hold each key's hash code and links between
    /// buckets, so a correct copy with keys that hash by identity differed in every bucket.
    /// </summary>
    internal sealed partial class CompareWalker
    {
        /// <summary>Like dictionaries: each key, found through the other lookup's own Contains, maps to its elements in order.</summary>
        private void CompareLookups(object reference, object difference, ComparePlan plan, int path)
        {
            CompareComparers(reference, difference, plan, path);
            var elementsOf = plan.LookupElements!;
            CompareEntries(LookupEntries(reference), LookupEntries(difference), reference, difference, plan.SetContains!, (lookup, key) => Materialize(elementsOf(lookup, key)).ToArray(), path);
        }

        /// <summary>A grouping met on its own (GroupBy's output, a grouping kept from a lookup): its key, then its elements by position.</summary>
        private void CompareGroupings(object reference, object difference, ComparePlan plan, int path)
        {
            Child(plan.GroupingKey!(reference), plan.GroupingKey(difference), path, PathSegmentKind.Member, "Key", 0);
            CompareSequences(Materialize((IEnumerable)reference), Materialize((IEnumerable)difference), path);
        }

        /// <summary>Each grouping as its key and a new array of its elements.</summary>
        private List<DictionaryEntry> LookupEntries(object lookup)
        {
            var entries = new List<DictionaryEntry>();
            foreach (var grouping in (IEnumerable)lookup)
            {
                _countdown.Tick();
                var key = ComparePlanCache.Get(grouping.GetType()).GroupingKey!(grouping);
                entries.Add(new DictionaryEntry(key!, Materialize((IEnumerable)grouping).ToArray()));
            }

            return entries;
        }
    }
}
