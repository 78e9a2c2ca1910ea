using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>The comparison of each kind of container: what is reported at once, and which children are scheduled.</summary>
    internal sealed partial class CompareWalker
    {
        private void CompareChildren(object reference, object difference, DeepCompareView? referenceView, DeepCompareView? differenceView, ComparePlan plan, int path)
        {
            switch (plan.Kind)
            {
                case CompareKind.Adapter:
                    CompareViews(referenceView!, differenceView!, path);
                    break;
                case CompareKind.Dictionary:
                    CompareDictionaries(reference, difference, plan, path);
                    break;
                case CompareKind.Set:
                    CompareSets((IEnumerable)reference, (IEnumerable)difference, plan, path);
                    break;
                case CompareKind.Lookup:
                    CompareLookups(reference, difference, plan, path);
                    break;
                case CompareKind.Grouping:
                    CompareGroupings(reference, difference, plan, path);
                    break;
                case CompareKind.NameObjectCollection:
                    CompareNameObjects(reference, difference, plan, path);
                    break;
                case CompareKind.Array:
                    CompareArrays((Array)reference, (Array)difference, plan, path);
                    break;
                case CompareKind.InlineArray:
                    CompareInlineElements(reference, difference, plan, path);
                    break;
                case CompareKind.Collection:
                    if (BothInitialised(reference, difference, plan, path))
                    {
                        CompareComparers(reference, difference, plan, path);
                        CompareSequences(Materialize(plan.ReadItems!(reference)), Materialize(plan.ReadItems!(difference)), path);
                    }

                    break;
            }

            if (plan.Settings != null)
            {
                CompareSettings(reference, difference, plan.Settings, path);
            }

            // Every field, for a plain object; for a collection subclass, the fields it declares itself.
            foreach (var field in plan.Fields)
            {
                Child(field.Field.GetValue(reference), field.Field.GetValue(difference), path, PathSegmentKind.Member, field.Name, 0);
            }

            foreach (var field in plan.PointerFields)
            {
                ComparePointers(field, reference, difference, path);
            }

            // A wrapper's base is left to the wrapper's adapter, which presents the same members (as copies leave them).
            if (plan.HasAttachedState)
            {
                if (_paths[path].Kind != PathSegmentKind.Transparent)
                {
                    CompareAttachedState(reference, difference, path);
                }
                else
                {
                    _dependedOnRoute = true;
                }
            }
        }

        private void CompareDictionaries(object reference, object difference, ComparePlan plan, int path)
        {
            CompareComparers(reference, difference, plan, path);
            var read = plan.Dictionary!;
            CompareEntries(Entries(read.Entries(reference)), Entries(read.Entries(difference)), reference, difference, read.Contains, read.ValueOf, path);
            if (plan.IsOrdered)
            {
                var firstMismatch = KeyOrder.FirstMismatch(reference, difference, read, plan.ReadComparer?.Invoke(reference), ref _countdown, out var expected, out var found);
                if (firstMismatch >= 0)
                {
                    ReportAt(DeepDifferenceKind.OrderDifferent, path, expected, found, DifferenceMessages.KeyOrder(firstMismatch, expected, found));
                }
            }
        }

        /// <summary>
        /// Compares two keyed collections given as entries. Keys that are framework values are looked up through the other
        /// collection, so its comparer decides; keys that are objects are matched by structure, since a copied key is
        /// another instance.
        /// </summary>
        private void CompareEntries(IEnumerable<DictionaryEntry> referenceEntries, IEnumerable<DictionaryEntry> differenceEntries, object reference, object difference, Func<object, object?, bool> contains, Func<object, object?, object?> valueOf, int path)
        {
            List<DictionaryEntry>? referenceObjects = null;
            List<DictionaryEntry>? differenceObjects = null;
            var strictKeys = new StrictKeyPartners();
            foreach (var entry in referenceEntries)
            {
                // Missing keys and object keys are not compared as children, which would count them.
                _countdown.Tick();
                if (!IsLeaf(entry.Key))
                {
                    (referenceObjects ??= new List<DictionaryEntry>()).Add(entry);
                }
                else if (contains(difference, entry.Key))
                {
                    strictKeys.AddReference(entry.Key);
                    Child(entry.Value, valueOf(difference, entry.Key), path, PathSegmentKind.Key, entry.Key, 0);
                }
                else
                {
                    Report(DeepDifferenceKind.MissingKey, path, PathSegmentKind.Key, entry.Key, 0, entry.Value, null, DifferenceMessages.MissingKey(entry.Key));
                }
            }

            foreach (var entry in differenceEntries)
            {
                _countdown.Tick();
                if (!IsLeaf(entry.Key))
                {
                    (differenceObjects ??= new List<DictionaryEntry>()).Add(entry);
                }
                else if (!contains(reference, entry.Key))
                {
                    Report(DeepDifferenceKind.ExtraKey, path, PathSegmentKind.Key, entry.Key, 0, null, entry.Value, DifferenceMessages.ExtraKey(entry.Key));
                }
                else
                {
                    strictKeys.AddDifference(entry.Key);
                }
            }

            ReportStrictKeys(strictKeys, path);
            ScheduleKeyMatch(referenceObjects, differenceObjects, path, difference, contains, isSet: false);
        }

        private void CompareSets(IEnumerable reference, IEnumerable difference, ComparePlan plan, int path)
        {
            CompareComparers(reference, difference, plan, path);
            var contains = plan.SetContains!;
            List<DictionaryEntry>? referenceObjects = null;
            List<DictionaryEntry>? differenceObjects = null;
            var strictKeys = new StrictKeyPartners();
            foreach (var item in reference)
            {
                _countdown.Tick();
                if (!IsLeaf(item))
                {
                    (referenceObjects ??= new List<DictionaryEntry>()).Add(new DictionaryEntry(item!, null));
                }
                else if (!contains(difference, item))
                {
                    Report(DeepDifferenceKind.MissingKey, path, PathSegmentKind.Key, item, 0, item, null, DifferenceMessages.MissingItem(item));
                }
                else
                {
                    strictKeys.AddReference(item);
                }
            }

            foreach (var item in difference)
            {
                _countdown.Tick();
                if (!IsLeaf(item))
                {
                    (differenceObjects ??= new List<DictionaryEntry>()).Add(new DictionaryEntry(item!, null));
                }
                else if (!contains(reference, item))
                {
                    Report(DeepDifferenceKind.ExtraKey, path, PathSegmentKind.Key, item, 0, null, item, DifferenceMessages.ExtraItem(item));
                }
                else
                {
                    strictKeys.AddDifference(item);
                }
            }

            ReportStrictKeys(strictKeys, path);
            ScheduleKeyMatch(referenceObjects, differenceObjects, path, difference, contains, isSet: true);
        }

        /// <summary>A key found by the collection's comparer that is another value by the strict rules: ValueDifferent at the key.</summary>
        private void ReportStrictKeys(StrictKeyPartners strictKeys, int path)
        {
            foreach (var pair in strictKeys.Mismatches())
            {
                Report(DeepDifferenceKind.ValueDifferent, path, PathSegmentKind.Key, pair.Key, 0, pair.Key, pair.Value, DifferenceMessages.Value(pair.Key, pair.Value));
            }
        }

        private void ScheduleKeyMatch(List<DictionaryEntry>? reference, List<DictionaryEntry>? difference, int path, object differenceCollection, Func<object, object?, bool> contains, bool isSet)
        {
            if (reference != null || difference != null)
            {
                Schedule(new KeyMatchTask(reference, difference, path, differenceCollection, contains, isSet, _cancellationToken, _acceptsNullFor), path);
            }
        }

        /// <summary>A dictionary's entries through an IDictionaryEnumerator: a generic dictionary's plain enumerator yields KeyValuePairs.</summary>
        private static IEnumerable<DictionaryEntry> Entries(IDictionaryEnumerator entries)
        {
            while (entries.MoveNext())
            {
                yield return entries.Entry;
            }
        }

        private void CompareComparers(object reference, object difference, ComparePlan plan, int path)
        {
            CompareComparers(reference, difference, plan.ReadComparer, path, "keys");
            CompareComparers(reference, difference, plan.ReadValueComparer, path, "values");
        }

        private void CompareComparers(object reference, object difference, Func<object, object?>? read, int path, string compared)
        {
            if (read is null)
            {
                return;
            }

            var referenceComparer = read(reference);
            var differenceComparer = read(difference);
            if (!ReferenceEquals(referenceComparer, differenceComparer))
            {
                Schedule(new ComparerCheckTask(referenceComparer, differenceComparer, path, compared), path);
            }
        }

        /// <summary>
        /// A class-library collection's settings, as members of their names, and the type of what it wraps: its items are
        /// read through it, so two wrappers of a List and of an array read alike though only one can be added to.
        /// </summary>
        private void CompareSettings(object reference, object difference, CollectionSettings settings, int path)
        {
            if (settings.ReadWrapped != null)
            {
                var referenceWrapped = settings.ReadWrapped(reference)?.GetType();
                var differenceWrapped = settings.ReadWrapped(difference)?.GetType();
                if (referenceWrapped != differenceWrapped)
                {
                    ReportAt(DeepDifferenceKind.TypeDifferent, path, referenceWrapped, differenceWrapped, DifferenceMessages.WrappedType(reference.GetType(), referenceWrapped, differenceWrapped));
                }
            }

            foreach (var setting in settings.Values)
            {
                Child(setting.Read(reference), setting.Read(difference), path, PathSegmentKind.Member, setting.Name, 0);
            }
        }

        /// <summary>
        /// False when either struct collection is its default value, which holds no items to read: two defaults are
        /// equal, and a default against an initialised one (even an empty one) is reported, since a copy must keep which it is.
        /// </summary>
        private bool BothInitialised(object reference, object difference, ComparePlan plan, int path)
        {
            if (plan.IsDefault is null)
            {
                return true;
            }

            var referenceIsDefault = plan.IsDefault(reference);
            var differenceIsDefault = plan.IsDefault(difference);
            if (referenceIsDefault != differenceIsDefault)
            {
                ReportAt(DeepDifferenceKind.ValueDifferent, path, reference, difference, DifferenceMessages.DefaultValue(plan.Type, referenceIsDefault));
            }

            return !referenceIsDefault && !differenceIsDefault;
        }

        private void CompareArrays(Array reference, Array difference, ComparePlan plan, int path)
        {
            if (plan.IsVector)
            {
                if (reference is object?[] references)
                {
                    // PERF: arrays of any reference type are object[] through covariance: no boxing, no GetValue.
                    CompareSequences(references, (object?[])difference, path);
                    return;
                }

                CompareCounts(reference.Length, difference.Length, path);
                var common = Math.Min(reference.Length, difference.Length);
                var readAddress = plan.ReadAddressAt;
                for (var i = 0; i < common; i++)
                {
                    if (readAddress != null)
                    {
                        var at = new[] { i };
                        Child(readAddress(reference, at), readAddress(difference, at), path, PathSegmentKind.Index, null, i);
                        continue;
                    }

                    Child(reference.GetValue(i), difference.GetValue(i), path, PathSegmentKind.Index, null, i);
                }

                return;
            }

            for (var dimension = 0; dimension < reference.Rank; dimension++)
            {
                if (reference.GetLength(dimension) != difference.GetLength(dimension) ||
                    reference.GetLowerBound(dimension) != difference.GetLowerBound(dimension))
                {
                    ReportAt(DeepDifferenceKind.CountDifferent, path, reference.Length, difference.Length, DifferenceMessages.Dimensions(reference, difference));
                    return;
                }
            }

            var indices = new int[reference.Rank];
            for (var flat = 0; flat < reference.Length; flat++)
            {
                ArrayIndexer.Fill(reference, flat, indices);
                var referenceElement = plan.ReadAddressAt is null ? reference.GetValue(indices) : plan.ReadAddressAt(reference, indices);
                var differenceElement = plan.ReadAddressAt is null ? difference.GetValue(indices) : plan.ReadAddressAt(difference, indices);
                Child(referenceElement, differenceElement, path, PathSegmentKind.MultiIndex, reference, flat);
            }
        }

        private void CompareSequences(IList<object?> reference, IList<object?> difference, int path)
        {
            CompareCounts(reference.Count, difference.Count, path);
            var common = Math.Min(reference.Count, difference.Count);
            for (var i = 0; i < common; i++)
            {
                Child(reference[i], difference[i], path, PathSegmentKind.Index, null, i);
            }
        }

        private void CompareCounts(int reference, int difference, int path)
        {
            if (reference != difference)
            {
                ReportAt(DeepDifferenceKind.CountDifferent, path, reference, difference, DifferenceMessages.Count(reference, difference));
            }
        }

        private List<object?> Materialize(IEnumerable collection)
        {
            var items = collection is ICollection sized ? new List<object?>(sized.Count) : new List<object?>();
            foreach (var item in collection)
            {
                _countdown.Tick();
                items.Add(item);
            }

            return items;
        }

        private static bool IsLeaf(object? value) => value is null || ComparePlanCache.Get(value.GetType()).IsLeafKey;
    }
}
