using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Reflection;
using DeepCopy.Core.Handlers;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Reads the key comparer of a class-library dictionary or set, so a case-insensitive <c>@{}</c> and a case-sensitive
    /// copy are told apart, and the value comparer of the dictionaries that keep one too (the immutable ones). Only
    /// members declared by the class library are read (public properties, or private fields by name where the comparer
    /// has no property); other types report no comparer.
    /// </summary>
    internal static class ComparerReader
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        // Class-library collections that keep their comparer in a private field only. The names are those of .NET and
        // .NET Framework alike; a runtime that renamed one simply reports no comparer for that type.
        private static readonly (Type Type, string Field)[] PrivateComparerFields =
        {
            (typeof(OrderedDictionary), "_comparer"),
            (typeof(ListDictionary), "comparer"),
            (typeof(SortedList), "comparer"),
            (typeof(NameObjectCollectionBase), "_keyComparer"),
        };

        // Immutable and frozen collections call it KeyComparer; the others, Comparer.
        private static readonly string[] ComparerPropertyNames = { "Comparer", "KeyComparer" };

        public static Func<object, object?>? For(Type type)
        {
            if (CollectionWrappers.IsSynchronizedHashtable(type))
            {
                // Hashtable.Synchronized's wrapper keeps no comparer of its own: the table it wraps has it.
                return ThroughWrapped(CollectionWrappers.WrappedReader(type), plan => plan.ReadComparer);
            }

            if (typeof(Hashtable).IsAssignableFrom(type))
            {
                // Hashtable keeps it behind a protected property; subclasses (OrderedHashtable...) inherit it.
                return Getter(typeof(Hashtable).GetProperty("EqualityComparer", Instance));
            }

            if (typeof(HybridDictionary).IsAssignableFrom(type))
            {
                return HybridDictionaryComparer();
            }

            for (var declaring = type; declaring != null; declaring = declaring.BaseType)
            {
                foreach (var known in PrivateComparerFields)
                {
                    if (declaring == known.Type)
                    {
                        var field = known.Type.GetField(known.Field, Instance);
                        return field is null ? null : (Func<object, object?>)field.GetValue;
                    }
                }
            }

            var concurrent = ConcurrentDictionaryReader(type);
            if (concurrent != null)
            {
                return concurrent;
            }

            foreach (var name in ComparerPropertyNames)
            {
                var getter = Getter(FindFrameworkProperty(type, name));
                if (getter != null)
                {
                    return getter;
                }
            }

            return ThroughWrapped(CollectionWrappers.WrappedReader(type), plan => plan.ReadComparer);
        }

        /// <summary>
        /// The value comparer of ImmutableDictionary, ImmutableSortedDictionary and their builders (ContainsValue uses it,
        /// and SetItem keeps the old dictionary when the new value is equal by it), or of the one a wrapper wraps; null
        /// for collections that keep none.
        /// </summary>
        public static Func<object, object?>? ValueComparerFor(Type type) =>
            Getter(FindFrameworkProperty(type, "ValueComparer"))
            ?? ThroughWrapped(CollectionWrappers.WrappedReader(type), plan => plan.ReadValueComparer);

        /// <summary>
        /// A wrapper compares as the collection it wraps does: its comparer is that collection's, read by the wrapped
        /// value's own runtime type (a wrapper of a wrapper is followed too). Null when nothing is wrapped.
        /// </summary>
        private static Func<object, object?>? ThroughWrapped(Func<object, object?>? readWrapped, Func<ComparePlan, Func<object, object?>?> reader)
        {
            if (readWrapped is null)
            {
                return null;
            }

            return target =>
            {
                var wrapped = readWrapped(target);
                return wrapped is null ? null : reader(ComparePlanCache.Get(wrapped.GetType()))?.Invoke(wrapped);
            };
        }

        /// <summary>
        /// A ConcurrentDictionary's comparer is read as its copy reads it: .NET Framework has no Comparer property, and
        /// there a comparer lost by a copy would otherwise go unseen. Null for other types.
        /// </summary>
        private static Func<object, object?>? ConcurrentDictionaryReader(Type type)
        {
            for (var declaring = type; declaring != null; declaring = declaring.BaseType)
            {
                if (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(ConcurrentDictionary<,>))
                {
                    var reader = typeof(ConcurrentDictionaryComparer<,>).MakeGenericType(declaring.GetGenericArguments())
                        .GetProperty(nameof(ConcurrentDictionaryComparer<int, int>.Reader), BindingFlags.Static | BindingFlags.NonPublic);
                    return reader?.GetValue(null) as Func<object, object?>;
                }
            }

            return null;
        }

        /// <summary>
        /// HybridDictionary only keeps a case-insensitive flag (its inner list or table is made from it): it is presented
        /// as the comparer it stands for, so the message names a comparer.
        /// </summary>
        private static Func<object, object?>? HybridDictionaryComparer()
        {
            var flag = typeof(HybridDictionary).GetField("caseInsensitive", Instance);
            if (flag is null || flag.FieldType != typeof(bool))
            {
                return null;
            }

            return target => (bool)flag.GetValue(target)! ? StringComparer.OrdinalIgnoreCase : null;
        }

        /// <summary>The most derived public, non-indexed property of that name declared by the class library (a subclass may hide it with its own).</summary>
        private static PropertyInfo? FindFrameworkProperty(Type type, string name)
        {
            for (var declaring = type; declaring != null; declaring = declaring.BaseType)
            {
                if (!FrameworkAssemblies.Contains(declaring.Assembly))
                {
                    continue;
                }

                foreach (var property in declaring.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    if (property.Name == name && property.GetIndexParameters().Length == 0)
                    {
                        return property;
                    }
                }
            }

            return null;
        }

        private static Func<object, object?>? Getter(PropertyInfo? property)
        {
            if (property is null || property.GetIndexParameters().Length != 0 || property.GetGetMethod(nonPublic: true) is null)
            {
                return null;
            }

            return target => property.GetValue(target);
        }
    }
}
