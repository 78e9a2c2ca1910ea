using System;
using System.Collections;
using System.Collections.Specialized;
using DeepCopy.Core.Handlers;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// How the comparison reads one dictionary type: its entries, whether it holds a key, and the value under a key. A
    /// dictionary is read through <see cref="IDictionary"/>, so a class of the class library, and a user's own, says what
    /// it means. A user's subclass of Hashtable, SortedList or OrderedDictionary is read where the class library stores
    /// its entries instead, through the base's own members called past any override (<see cref="Metadata.OwnImplementation"/>):
    /// a GetEnumerator that masks values or hides entries does not hide them from the comparison, and none of its code runs.
    /// So a copy that held only what such overrides show is found different, as the copy engine reads these tables too.
    /// </summary>
    internal sealed class DictionaryReader
    {
        private static readonly DictionaryReader Interface = new DictionaryReader(
            dictionary => ((IDictionary)dictionary).GetEnumerator(),
            (dictionary, key) => ((IDictionary)dictionary).Contains(key!),
            (dictionary, key) => ((IDictionary)dictionary)[key!]);

        // OrderedDictionary's one virtual reading member; its enumerator reads the entry list it keeps.
        private static readonly Func<OrderedDictionary, IDictionaryEnumerator>? OrderedEnumerator = StoredItems.Probed(
            Metadata.OwnImplementation.Bind<Func<OrderedDictionary, IDictionaryEnumerator>>(typeof(OrderedDictionary).GetMethod(nameof(OrderedDictionary.GetEnumerator), Type.EmptyTypes)),
            read => read(new OrderedDictionary()));

        private DictionaryReader(Func<object, IDictionaryEnumerator> entries, Func<object, object?, bool> contains, Func<object, object?, object?> valueOf)
        {
            Entries = entries;
            Contains = contains;
            ValueOf = valueOf;
        }

        public Func<object, IDictionaryEnumerator> Entries { get; }

        /// <summary>(dictionary, key) => whether the dictionary holds the key, by its own comparer.</summary>
        public Func<object, object?, bool> Contains { get; }

        /// <summary>(dictionary, key) => the value under the key.</summary>
        public Func<object, object?, object?> ValueOf { get; }

        public static DictionaryReader For(Type type)
        {
            var platformBase = StoredItems.NearestPlatformBase(type);
            if (platformBase == type)
            {
                return Interface;
            }

            if (typeof(Hashtable).IsAssignableFrom(platformBase) && HashtableOwnMembers.Current is HashtableOwnMembers table && HashtableOwnMembers.StoresInHashtable(type))
            {
                return new DictionaryReader(
                    dictionary => table.GetEnumerator((Hashtable)dictionary),
                    (dictionary, key) => table.ContainsKey((Hashtable)dictionary, key!),
                    (dictionary, key) => table.GetItem((Hashtable)dictionary, key!));
            }

            if (platformBase == typeof(SortedList) && SortedListOwnMembers.Current is SortedListOwnMembers sorted)
            {
                return new DictionaryReader(
                    dictionary => sorted.GetEnumerator((SortedList)dictionary),
                    (dictionary, key) => sorted.IndexOfKey((SortedList)dictionary, key!) >= 0,
                    (dictionary, key) => sorted.ValueOf((SortedList)dictionary, key!));
            }

            if (platformBase == typeof(OrderedDictionary) && OrderedEnumerator is Func<OrderedDictionary, IDictionaryEnumerator> ordered)
            {
                // Its Contains and indexer are not virtual: a C# call runs OrderedDictionary's own, past any re-implementation.
                return new DictionaryReader(
                    dictionary => ordered((OrderedDictionary)dictionary),
                    (dictionary, key) => ((OrderedDictionary)dictionary).Contains(key!),
                    (dictionary, key) => ((OrderedDictionary)dictionary)[key!]);
            }

            return Interface;
        }
    }
}
