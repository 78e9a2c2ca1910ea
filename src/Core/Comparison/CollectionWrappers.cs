using System;
using System.Collections;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The class library's collections that wrap another collection and keep no key comparer of their own
    /// (ReadOnlyDictionary, ReadOnlySet, ReadOnlyCollection and Collection, Hashtable.Synchronized): lookups go to the
    /// wrapped collection, so its comparer is the wrapper's. Only members the class library declares are read.
    /// </summary>
    internal static class CollectionWrappers
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        // Generic wrappers by their definition's full name (netstandard2.0 cannot reference ReadOnlySet, new in .NET 9),
        // each with the protected property that returns what it wraps. ReadOnlyObservableCollection and
        // ObservableCollection derive from the first two.
        private static readonly (string Definition, string Property)[] GenericWrappers =
        {
            ("System.Collections.ObjectModel.ReadOnlyDictionary`2", "Dictionary"),
            ("System.Collections.ObjectModel.ReadOnlySet`1", "Set"),
            ("System.Collections.ObjectModel.ReadOnlyCollection`1", "Items"),
            ("System.Collections.ObjectModel.Collection`1", "Items"),
        };

        private static readonly Type SynchronizedTable = Hashtable.Synchronized(new Hashtable()).GetType();
        private static readonly Type SynchronizedList = ArrayList.Synchronized(new ArrayList()).GetType();

        // The names of .NET and .NET Framework alike; a runtime that renamed them has its wrappers compared as before.
        private static readonly FieldInfo? SynchronizedTableField = SynchronizedTable.GetField("_table", Instance);
        private static readonly FieldInfo? SynchronizedListField = SynchronizedList.GetField("_list", Instance);

        /// <summary>
        /// The collection a synchronized wrapper of Hashtable or ArrayList holds, or null for any other type. The wrapper
        /// adds only a lock: what it holds (its exact type, its order) is the data, and is what two wrappers are compared by.
        /// </summary>
        public static object? SynchronizedInner(Type type, object wrapper) =>
            type == SynchronizedTable ? SynchronizedTableField?.GetValue(wrapper)
            : type == SynchronizedList ? SynchronizedListField?.GetValue(wrapper)
            : null;

        /// <summary>Hashtable.Synchronized's private wrapper type, which derives from Hashtable.</summary>
        public static bool IsSynchronizedHashtable(Type type) =>
            type.DeclaringType == typeof(Hashtable) && type.Name == "SyncHashtable" && typeof(Hashtable).IsAssignableFrom(type);

        /// <summary>Reads the collection a wrapper wraps; null when <paramref name="type"/> is no known wrapper.</summary>
        public static Func<object, object?>? WrappedReader(Type type)
        {
            if (IsSynchronizedHashtable(type))
            {
                // The name of .NET and .NET Framework alike; a runtime that renamed it reports no comparer, as before.
                var table = type.GetField("_table", Instance);
                return table is null ? null : (Func<object, object?>)table.GetValue;
            }

            for (var declaring = type; declaring != null; declaring = declaring.BaseType)
            {
                if (!declaring.IsGenericType || !FrameworkAssemblies.Contains(declaring.Assembly))
                {
                    continue;
                }

                var definition = declaring.GetGenericTypeDefinition().FullName;
                foreach (var known in GenericWrappers)
                {
                    if (definition == known.Definition)
                    {
                        var property = declaring.GetProperty(known.Property, Instance | BindingFlags.DeclaredOnly);
                        var getter = property?.GetGetMethod(nonPublic: true);
                        return getter is null || property!.GetIndexParameters().Length != 0 ? null : target => getter.Invoke(target, null);
                    }
                }
            }

            return null;
        }
    }
}
