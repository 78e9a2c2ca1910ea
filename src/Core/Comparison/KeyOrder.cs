using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Which dictionaries keep their keys in an order that is part of their meaning, and where two such dictionaries
    /// (or two views with ordered members) first differ in order. Only the keys both sides hold are lined up, so a
    /// missing or extra key is reported as such and not again as an order difference. Keys that are objects are
    /// matched by structure elsewhere and are left out of the order check. The keys are walked with the
    /// comparer's countdown, so cancellation is honoured inside a dictionary of millions of keys too.
    /// </summary>
    internal static class KeyOrder
    {
        public static bool IsOrdered(Type type)
        {
            if (typeof(IOrderedDictionary).IsAssignableFrom(type) || typeof(ListDictionary).IsAssignableFrom(type))
            {
                return true;
            }

            foreach (var registered in DeepComparer.OrderedDictionaries)
            {
                if (registered.IsAssignableFrom(type))
                {
                    return true;
                }
            }

            // .NET 9's generic OrderedDictionary<TKey, TValue>, named because netstandard2.0 cannot reference it.
            for (var declaring = type; declaring != null; declaring = declaring.BaseType)
            {
                if (declaring.IsGenericType && declaring.GetGenericTypeDefinition().FullName == "System.Collections.Generic.OrderedDictionary`2" &&
                    FrameworkAssemblies.Contains(declaring.Assembly))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first position (among the keys both hold) where the keys differ, or -1.</summary>
        public static int FirstMismatch(object reference, object difference, DictionaryReader read, object? comparer, ref CancellationCountdown countdown, out object? expected, out object? found) =>
            FirstMismatch(KeysOf(read.Entries(reference)), KeysOf(read.Entries(difference)), key => read.Contains(difference, key), key => read.Contains(reference, key), comparer, ref countdown, out expected, out found);

        /// <summary>The same for keys given in order, with a lookup in each collection; a null key is a key like any other.</summary>
        public static int FirstMismatch(IEnumerable<object?> referenceKeys, IEnumerable<object?> differenceKeys, Func<object?, bool> differenceHas, Func<object?, bool> referenceHas, object? comparer, ref CancellationCountdown countdown, out object? expected, out object? found)
        {
            var referenceCommon = CommonLeafKeys(referenceKeys, differenceHas, ref countdown);
            var differenceCommon = CommonLeafKeys(differenceKeys, referenceHas, ref countdown);
            var common = Math.Min(referenceCommon.Count, differenceCommon.Count);
            for (var position = 0; position < common; position++)
            {
                countdown.Tick();
                if (!SameKey(referenceCommon[position], differenceCommon[position], comparer))
                {
                    expected = referenceCommon[position];
                    found = differenceCommon[position];
                    return position;
                }
            }

            expected = found = null;
            return -1;
        }

        /// <summary>The first position (among the members both views hold) where the member names differ, or -1.</summary>
        public static int FirstMemberMismatch(DeepCompareView reference, DeepCompareView difference, ref CancellationCountdown countdown, out string? expected, out string? found)
        {
            var comparer = reference.MemberNameComparer;
            var referenceNames = CommonNames(reference, difference, comparer, ref countdown);
            var differenceNames = CommonNames(difference, reference, comparer, ref countdown);
            var common = Math.Min(referenceNames.Count, differenceNames.Count);
            for (var position = 0; position < common; position++)
            {
                countdown.Tick();
                if (!comparer.Equals(referenceNames[position], differenceNames[position]))
                {
                    expected = referenceNames[position];
                    found = differenceNames[position];
                    return position;
                }
            }

            expected = found = null;
            return -1;
        }

        private static IEnumerable<object?> KeysOf(IDictionaryEnumerator entries)
        {
            while (entries.MoveNext())
            {
                yield return entries.Key;
            }
        }

        private static List<object?> CommonLeafKeys(IEnumerable<object?> keys, Func<object?, bool> otherHas, ref CancellationCountdown countdown)
        {
            var common = new List<object?>();
            foreach (var key in keys)
            {
                countdown.Tick();
                if ((key is null || ComparePlanCache.Get(key.GetType()).Kind == CompareKind.Value) && otherHas(key))
                {
                    common.Add(key);
                }
            }

            return common;
        }

        private static List<string> CommonNames(DeepCompareView names, DeepCompareView other, StringComparer comparer, ref CancellationCountdown countdown)
        {
            var otherNames = new HashSet<string>(comparer);
            foreach (var member in other.Members)
            {
                countdown.Tick();
                otherNames.Add(member.Key);
            }

            var common = new List<string>(names.Members.Count);
            foreach (var member in names.Members)
            {
                countdown.Tick();
                if (otherNames.Contains(member.Key))
                {
                    common.Add(member.Key);
                }
            }

            return common;
        }

        /// <summary>Two framework-value keys, equal as the dictionary's own comparer sees them when it is the class library's.</summary>
        private static bool SameKey(object? reference, object? difference, object? comparer)
        {
            if (reference is null || difference is null)
            {
                return reference is null && difference is null;
            }

            if (comparer != null && FrameworkAssemblies.Contains(comparer.GetType().Assembly))
            {
                switch (comparer)
                {
                    case IEqualityComparer equality:
                        return equality.Equals(reference, difference);
                    case IComparer ordering:
                        return ordering.Compare(reference, difference) == 0;
                }
            }

            return reference.GetType() == difference.GetType() && ValueEquality.AreEqual(reference, difference);
        }
    }
}
