using System;
using System.Collections;
using System.Collections.Specialized;

namespace DeepCopy.Benchmarks.HandWritten
{
    /// <summary>
    /// The physical limit for workload 1: a copier that knows the graph holds only case-insensitive maps, object[],
    /// string[] and immutable scalars, so it does no type analysis, no identity tracking and no path bookkeeping.
    /// It recurses, which is fine for this shallow, tree-shaped workload and nothing else.
    /// </summary>
    internal static class HashtableCopier
    {
        public static object? Copy(object? value)
        {
            switch (value)
            {
                case Hashtable map:
                    var mapCopy = new Hashtable(map.Count, StringComparer.OrdinalIgnoreCase);
                    foreach (DictionaryEntry entry in map)
                    {
                        mapCopy.Add(entry.Key, Copy(entry.Value));
                    }

                    return mapCopy;
                case OrderedDictionary ordered:
                    var orderedCopy = new OrderedDictionary(ordered.Count, StringComparer.OrdinalIgnoreCase);
                    foreach (DictionaryEntry entry in ordered)
                    {
                        orderedCopy.Add(entry.Key, Copy(entry.Value));
                    }

                    return orderedCopy;
                // Before object[]: array covariance makes every string[] an object[] too.
                case string[] strings:
                    return strings.Clone();
                case object[] items:
                    var itemsCopy = new object?[items.Length];
                    for (var i = 0; i < items.Length; i++)
                    {
                        itemsCopy[i] = Copy(items[i]);
                    }

                    return itemsCopy;
                default:
                    return value; // string, int, long, double, bool, DateTime: immutable
            }
        }
    }
}
