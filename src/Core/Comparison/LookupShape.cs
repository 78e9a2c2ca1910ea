using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Finds System.Linq's lookups (what ToLookup makes; their types are internal and change between runtimes, so they
    /// are found by their interface and assembly) and groupings, and builds the readers that present them by meaning:
    /// a lookup as keys that map to elements in order, a grouping as its key and elements. Only the class library's
    /// own members run: Contains, the indexer, Key and the enumerators.
    /// </summary>
    internal static class LookupShape
    {
        public static Type? FindLookupInterface(Type type) => FindLinqInterface(type, typeof(ILookup<,>));

        public static Type? FindGroupingInterface(Type type) => FindLinqInterface(type, typeof(IGrouping<,>));

        /// <summary>(lookup, key) => ((ILookup&lt;K, E&gt;)lookup).Contains((K)key)</summary>
        public static Func<object, object?, bool> BuildContains(Type lookupInterface)
        {
            var lookup = Expression.Parameter(typeof(object), "lookup");
            var key = Expression.Parameter(typeof(object), "key");
            var call = Expression.Call(
                Expression.Convert(lookup, lookupInterface),
                lookupInterface.GetMethod(nameof(ILookup<object, object>.Contains))!,
                Expression.Convert(key, lookupInterface.GetGenericArguments()[0]));
            return Expression.Lambda<Func<object, object?, bool>>(call, lookup, key).Compile();
        }

        /// <summary>(lookup, key) => (IEnumerable)((ILookup&lt;K, E&gt;)lookup)[(K)key]</summary>
        public static Func<object, object?, IEnumerable> BuildElements(Type lookupInterface)
        {
            var lookup = Expression.Parameter(typeof(object), "lookup");
            var key = Expression.Parameter(typeof(object), "key");
            var indexer = Expression.Property(
                Expression.Convert(lookup, lookupInterface),
                lookupInterface.GetProperty("Item")!,
                Expression.Convert(key, lookupInterface.GetGenericArguments()[0]));
            return Expression.Lambda<Func<object, object?, IEnumerable>>(Expression.Convert(indexer, typeof(IEnumerable)), lookup, key).Compile();
        }

        /// <summary>(grouping) => (object)((IGrouping&lt;K, E&gt;)grouping).Key</summary>
        public static Func<object, object?> BuildKey(Type groupingInterface)
        {
            var grouping = Expression.Parameter(typeof(object), "grouping");
            var key = Expression.Property(Expression.Convert(grouping, groupingInterface), groupingInterface.GetProperty(nameof(IGrouping<object, object>.Key))!);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(key, typeof(object)), grouping).Compile();
        }

        /// <summary>The field that holds the lookup's key comparer; none for the empty lookup, which hashes nothing.</summary>
        public static Func<object, object?>? BuildComparerReader(Type type)
        {
            var lookupInterface = FindLookupInterface(type);
            if (lookupInterface is null)
            {
                return null;
            }

            var comparerType = typeof(IEqualityComparer<>).MakeGenericType(lookupInterface.GetGenericArguments()[0]);
            for (var declaring = type; declaring != null; declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType == comparerType)
                    {
                        return field.GetValue;
                    }
                }
            }

            return null;
        }

        private static Type? FindLinqInterface(Type type, Type definition)
        {
            if (type.Assembly != typeof(Enumerable).Assembly)
            {
                return null;
            }

            foreach (var implemented in type.GetInterfaces())
            {
                if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == definition)
                {
                    return implemented;
                }
            }

            return null;
        }
    }
}
