using System;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Source-to-copy map keyed on reference identity. It hashes with <see cref="RuntimeHelpers.GetHashCode(object)"/>
    /// and compares with <see cref="object.ReferenceEquals"/>, so no Equals or GetHashCode of the user's runs.
    /// Open addressing with linear probing: two flat arrays, no per-entry objects.
    /// </summary>
    internal sealed class IdentityMap
    {
        private const int MinimumCapacity = 16;
        private object?[] _keys;
        private object?[] _values;
        private int _count;
        private int _mask;

        public IdentityMap(int capacity = MinimumCapacity)
        {
            var size = RoundUpToPowerOfTwo(Math.Max(capacity, MinimumCapacity));
            _keys = new object?[size];
            _values = new object?[size];
            _mask = size - 1;
        }

        public int Count => _count;

        /// <summary>Slots allocated, so a pool can drop maps that grew too large to keep.</summary>
        public int Capacity => _keys.Length;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetValue(object key, out object? value)
        {
            var keys = _keys;
            var slot = Hash(key) & _mask;
            while (true)
            {
                var candidate = keys[slot];
                if (candidate is null)
                {
                    value = null;
                    return false;
                }

                if (ReferenceEquals(candidate, key))
                {
                    value = _values[slot];
                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>Adds a key known to be absent.</summary>
        public void Add(object key, object? value)
        {
            // PERF: grow at half full; linear probing stays short and lookups stay one or two cache lines.
            if (_count >= (_keys.Length >> 1))
            {
                Grow();
            }

            Insert(_keys, _values, _mask, key, value);
            _count++;
        }

        /// <summary>Empties the map but keeps its arrays, so a pooled map allocates nothing on reuse.</summary>
        public void Clear()
        {
            if (_count > 0)
            {
                Array.Clear(_keys, 0, _keys.Length);
                Array.Clear(_values, 0, _values.Length);
                _count = 0;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Hash(object key)
        {
            // Fibonacci hashing spreads the runtime's sequential identity hashes across the table.
            return (int)((uint)RuntimeHelpers.GetHashCode(key) * 2654435769u >> 1);
        }

        private static void Insert(object?[] keys, object?[] values, int mask, object key, object? value)
        {
            var slot = Hash(key) & mask;
            while (keys[slot] != null)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            values[slot] = value;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Grow()
        {
            var size = _keys.Length * 2;
            var keys = new object?[size];
            var values = new object?[size];
            var mask = size - 1;
            for (var i = 0; i < _keys.Length; i++)
            {
                var key = _keys[i];
                if (key != null)
                {
                    Insert(keys, values, mask, key, _values[i]);
                }
            }

            _keys = keys;
            _values = values;
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
    }
}
