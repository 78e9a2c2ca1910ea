using System;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Source-to-copy map keyed on reference identity. It hashes with <see cref="RuntimeHelpers.GetHashCode(object)"/>
    /// and compares with <see cref="object.ReferenceEquals"/>, so no Equals or GetHashCode of the user's runs.
    /// Open addressing with linear probing over one array of key/value pairs: no per-entry objects, and a probe
    /// touches one cache line for both the key and its copy.
    /// </summary>
    internal sealed class IdentityMap
    {
        private const int MinimumCapacity = 16;
        private Entry[] _entries;
        private int _count;
        private int _mask;

        public IdentityMap(int capacity = MinimumCapacity)
        {
            var size = RoundUpToPowerOfTwo(Math.Max(capacity, MinimumCapacity));
            _entries = new Entry[size];
            _mask = size - 1;
        }

        public int Count => _count;

        /// <summary>Slots allocated, so a pool can drop maps that grew too large to keep.</summary>
        public int Capacity => _entries.Length;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetValue(object key, out object? value)
        {
            var entries = _entries;
            var slot = Hash(key) & _mask;
            while (true)
            {
                ref var entry = ref entries[slot];
                if (entry.Key is null)
                {
                    value = null;
                    return false;
                }

                if (ReferenceEquals(entry.Key, key))
                {
                    value = entry.Value;
                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>
        /// Like <see cref="TryGetValue(object, out object?)"/>, but on a miss also returns the empty slot where the key would go, so the
        /// caller can insert there with <see cref="AddAt"/> without probing the table a second time.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetValue(object key, out object? value, out int emptySlot)
        {
            var entries = _entries;
            var slot = Hash(key) & _mask;
            while (true)
            {
                ref var entry = ref entries[slot];
                if (entry.Key is null)
                {
                    value = null;
                    emptySlot = slot;
                    return false;
                }

                if (ReferenceEquals(entry.Key, key))
                {
                    value = entry.Value;
                    emptySlot = -1;
                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>
        /// Adds a key known to be absent at the slot a miss returned, provided nothing was added since (the count is
        /// unchanged) and the table need not grow; otherwise it falls back to an ordinary <see cref="Add"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddAt(int emptySlot, int countAtLookup, object key, object? value)
        {
            // PERF: one probe per new object instead of two; the table is the engine's main source of cache misses.
            if (countAtLookup != _count || _count >= (_entries.Length >> 1))
            {
                Add(key, value);
                return;
            }

            ref var entry = ref _entries[emptySlot];
            entry.Key = key;
            entry.Value = value;
            _count++;
        }

        /// <summary>Adds a key known to be absent.</summary>
        public void Add(object key, object? value)
        {
            // PERF: grow at half full; linear probing stays short and lookups stay on one or two cache lines.
            if (_count >= (_entries.Length >> 1))
            {
                Grow();
            }

            Insert(_entries, _mask, key, value);
            _count++;
        }

        /// <summary>Empties the map but keeps its array, so a pooled map allocates nothing on reuse.</summary>
        public void Clear()
        {
            if (_count > 0)
            {
                Array.Clear(_entries, 0, _entries.Length);
                _count = 0;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Hash(object key)
        {
            // Fibonacci hashing spreads the runtime's sequential identity hashes across the table.
            return (int)((uint)RuntimeHelpers.GetHashCode(key) * 2654435769u >> 1);
        }

        private static void Insert(Entry[] entries, int mask, object key, object? value)
        {
            var slot = Hash(key) & mask;
            while (entries[slot].Key != null)
            {
                slot = (slot + 1) & mask;
            }

            entries[slot].Key = key;
            entries[slot].Value = value;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Grow()
        {
            var size = _entries.Length * 2;
            var entries = new Entry[size];
            var mask = size - 1;
            foreach (var entry in _entries)
            {
                if (entry.Key != null)
                {
                    Insert(entries, mask, entry.Key, entry.Value);
                }
            }

            _entries = entries;
            _mask = mask;
        }

        private static int RoundUpToPowerOfTwo(int value)
        {
            var result = 1;
            while (result < value)
            {
                result <<= 1;
            }

            return result;
        }

        private struct Entry
        {
            public object? Key;
            public object? Value;
        }
    }
}
