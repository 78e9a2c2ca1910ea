using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The keys and values of a NameObjectCollectionBase, in the order the collection keeps them. It enumerates only its
    /// keys, so it is read through its own members: a NameValueCollection through GetKey and GetValues (each key holds
    /// several values or none; WebHeaderCollection keeps them elsewhere and overrides these), any other through the
    /// protected BaseGetAllKeys and BaseGet, where the base keeps them. Keys are looked up through the collection's comparer.
    /// </summary>
    internal sealed class NameObjectEntries
    {
        private static readonly Func<NameObjectCollectionBase, string?[]> AllKeys = Protected<Func<NameObjectCollectionBase, string?[]>>("BaseGetAllKeys", Type.EmptyTypes);
        private static readonly Func<NameObjectCollectionBase, int, object?> StoredValue = Protected<Func<NameObjectCollectionBase, int, object?>>("BaseGet", new[] { typeof(int) });

        private readonly Hashtable _positions;
        private int _nullKeyPosition = -1;

        private NameObjectEntries(IEqualityComparer? comparer, int count)
        {
            // Built with the collection's own comparer, so a key is found here exactly when the collection finds it.
            _positions = new Hashtable(count, comparer);
            Entries = new List<DictionaryEntry>(count);
            Keys = new List<object?>(count);
        }

        public List<DictionaryEntry> Entries { get; }

        public List<object?> Keys { get; }

        /// <summary>The keys and values as the collection presents them, for comparing.</summary>
        public static NameObjectEntries Read(NameObjectCollectionBase collection, object? comparer)
        {
            if (collection is NameValueCollection values)
            {
                var count = values.Count;
                var read = new NameObjectEntries(comparer as IEqualityComparer, count);
                for (var i = 0; i < count; i++)
                {
                    read.Add(values.GetKey(i), values.GetValues(i));
                }

                return read;
            }

            return ReadStored(collection, comparer);
        }

        /// <summary>The keys and values as the base keeps them (a NameValueCollection's lists of values), for the independence walk.</summary>
        public static NameObjectEntries ReadStored(NameObjectCollectionBase collection, object? comparer)
        {
            var keys = AllKeys(collection);
            var read = new NameObjectEntries(comparer as IEqualityComparer, keys.Length);
            for (var i = 0; i < keys.Length; i++)
            {
                read.Add(keys[i], StoredValue(collection, i));
            }

            return read;
        }

        public bool Contains(object? key) => key is null ? _nullKeyPosition >= 0 : _positions.ContainsKey(key);

        public object? ValueOf(object? key)
        {
            var position = key is null ? _nullKeyPosition : (int?)_positions[key] ?? -1;
            return position < 0 ? null : Entries[position].Value;
        }

        private void Add(string? key, object? value)
        {
            // A Hashtable takes no null key; the collection keeps at most one of each key.
            if (key is null)
            {
                _nullKeyPosition = Entries.Count;
            }
            else
            {
                _positions[key] = Entries.Count;
            }

            Entries.Add(new DictionaryEntry(key!, value));
            Keys.Add(key);
        }

        private static TDelegate Protected<TDelegate>(string name, Type[] parameters)
            where TDelegate : Delegate
        {
            var method = typeof(NameObjectCollectionBase).GetMethod(name, BindingFlags.Instance | BindingFlags.NonPublic, null, parameters, null)!;
            return (TDelegate)Delegate.CreateDelegate(typeof(TDelegate), method);
        }
    }
}
