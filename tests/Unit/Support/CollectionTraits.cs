using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Reflection;

namespace DeepCopy.Tests.Support;

/// <summary>What a collection is besides its entries: its comparer, whether it is read-only, whether order is part of it.</summary>
internal static class CollectionTraits
{
    private const BindingFlags NonPublicInstance = BindingFlags.Instance | BindingFlags.NonPublic;
    private static readonly PropertyInfo HashtableComparer = typeof(Hashtable).GetProperty("EqualityComparer", NonPublicInstance)!;
    private static readonly FieldInfo OrderedDictionaryComparer = typeof(OrderedDictionary).GetField("_comparer", NonPublicInstance)!;
    private static readonly FieldInfo SortedListComparer = typeof(SortedList).GetField("comparer", NonPublicInstance)!;

    /// <summary>The comparer the collection hashes or orders with, or null when it has none to show.</summary>
    public static object? ComparerOf(object collection)
    {
        for (var type = collection.GetType(); type != null; type = type.BaseType)
        {
            if (type == typeof(Hashtable))
            {
                return HashtableComparer.GetValue(collection);
            }

            if (type == typeof(OrderedDictionary))
            {
                return OrderedDictionaryComparer.GetValue(collection);
            }

            if (type == typeof(SortedList))
            {
                return SortedListComparer.GetValue(collection);
            }

            var property = type.GetProperty("Comparer", BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly);
            if (property != null && !NodeClassifier.IsUserType(type))
            {
                return property.GetValue(collection);
            }
        }

        return null;
    }

    public static bool? IsReadOnly(object collection) => collection switch
    {
        IList list => list.IsReadOnly,
        IDictionary dictionary => dictionary.IsReadOnly,
        _ => null,
    };

    /// <summary>True when enumeration order is part of the collection's meaning, not an accident of hashing.</summary>
    public static bool IsOrdered(Type type)
    {
        for (var current = type; current != null; current = current.BaseType)
        {
            if (typeof(IOrderedDictionary).IsAssignableFrom(current) || current.Name.StartsWith("Sorted", StringComparison.Ordinal) ||
                current.FullName == "System.Management.Automation.OrderedHashtable")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Asks a generic set whether it holds <paramref name="item"/>, through its own Contains.</summary>
    public static bool SetContains(object set, object? item)
    {
        foreach (var implemented in set.GetType().GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(ICollection<>))
            {
                return (bool)implemented.GetMethod("Contains")!.Invoke(set, new[] { item })!;
            }
        }

        throw new ArgumentException("Not a generic collection: " + set.GetType(), nameof(set));
    }

    public static void AssertSameTraits(object source, object copy, GraphPath path)
    {
        var sourceComparer = ComparerOf(source);
        var copyComparer = ComparerOf(copy);
        if (!Equals(sourceComparer, copyComparer))
        {
            throw path.Failure("the comparer changed from " + ValueText.TypeOf(sourceComparer) + " to " + ValueText.TypeOf(copyComparer));
        }

        if (IsReadOnly(source) != IsReadOnly(copy))
        {
            throw path.Failure("IsReadOnly changed from " + IsReadOnly(source) + " to " + IsReadOnly(copy));
        }
    }
}
