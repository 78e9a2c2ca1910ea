using System;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Source-to-copy map keyed on reference identity. It hashes with <see cref="RuntimeHelpers.GetHashCode(object)"/>
    /// and compares with <see cref="object.ReferenceEquals"/>, so no Equals or GetHashCode of the user's runs.
    /// </summary>
    /// <remarks>
    /// PERF: two structures, both built so the garbage collector and the cache have little to do.
    /// The pairs (source, copy) are appended in visiting order to a <see cref="ChunkedList{T}"/>, never moved or
    /// copied when the map grows. The hash table is open addressing with linear probing over 8-byte slots that hold
    /// the key's identity hash and the index of its pair: no references, so the collector never scans it, and a probe
    /// compares hashes in place, reading a pair only when the hash matches. Growing rehashes from the stored hashes
    /// without touching a key. Every array stays below the large-object-heap threshold (85,000 bytes), so a fresh map
    /// on a big graph does not trigger the gen-2 collections that large-object allocations bring.
    /// </remarks>
    internal sealed class IdentityMap
    {
        /// <summary>Slots per table segment: 8,192 x 8 bytes = 64 KB, under the large-object threshold.</summary>
        private const int SlotSegmentShift = 13;
        private const int SlotSegmentLength = 1 << SlotSegmentShift;
        private const int MinimumCapacity = 16;

        private readonly int _expected;
        private long[][] _slots;
        private int _mask;
        private int _growAt;
        private readonly ChunkedList<Pair> _pairs = new ChunkedList<Pair>();

        /// <param name="capacity">Slots to start with.</param>
        /// <param name="expected">How many keys the map will probably hold; see <see cref="ForExpectedCount"/>.</param>
        public IdentityMap(int capacity = MinimumCapacity, int expected = 0)
        {
            _expected = expected;
            var size = RoundUpToPowerOfTwo(Math.Max(capacity, MinimumCapacity));
            _slots = NewTable(size);
            SetCapacity(size);
        }

        /// <summary>
        /// A map that will probably hold <paramref name="expected"/> keys. It starts small all the same, so a wrong
        /// guess costs a small copy nothing, and once a quarter of them are in it grows straight to the size that holds
        /// them all, instead of doubling (and re-inserting every key) several times more.
        /// </summary>
        public static IdentityMap ForExpectedCount(int expected) => new IdentityMap(MinimumCapacity, expected);

        public int Count => _pairs.Count;

        /// <summary>Slots allocated, so a pool can drop maps that grew too large to keep.</summary>
        public int Capacity => _mask + 1;

        /// <summary>Slots in use, counted by a scan of the whole table: for tests that check what Clear leaves behind.</summary>
        internal int OccupiedSlots
        {
            get
            {
                var occupied = 0;
                foreach (var segment in _slots)
                {
                    foreach (var entry in segment)
                    {
                        occupied += entry != 0 ? 1 : 0;
                    }
                }

                return occupied;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetValue(object key, out object? value) => TryGetValue(key, out value, out _, out _);

        /// <summary>
        /// Looks <paramref name="key"/> up; on a miss also returns the empty slot where it would go and the key's hash,
        /// so the caller can insert there with <see cref="AddAt"/> without probing or hashing a second time.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetValue(object key, out object? value, out int emptySlot, out int hash)
        {
            hash = RuntimeHelpers.GetHashCode(key);
            var slot = Spread(hash) & _mask;
            while (true)
            {
                var entry = _slots[slot >> SlotSegmentShift][slot & (SlotSegmentLength - 1)];
                if (entry == 0)
                {
                    value = null;
                    emptySlot = slot;
                    return false;
                }

                if ((int)(entry >> 32) == hash)
                {
                    ref var pair = ref _pairs[(int)entry - 1];
                    if (ReferenceEquals(pair.Source, key))
                    {
                        value = pair.Copy;
                        emptySlot = -1;
                        return true;
                    }
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>
        /// Adds a key known to be absent at the slot a miss returned, provided nothing was added since (the count is
        /// unchanged) and the table need not grow; otherwise it falls back to an ordinary <see cref="Add"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddAt(int emptySlot, int countAtLookup, object key, int hash, object? value)
        {
            // PERF: one probe per new object instead of two; the table is the engine's main source of cache misses.
            if (countAtLookup != _pairs.Count || _pairs.Count >= _growAt)
            {
                Add(key, value);
                return;
            }

            Store(emptySlot, hash, key, value);
        }

        /// <summary>
        /// The order in which <paramref name="key"/> was added (0 for the first), or -1 when it is absent. Work items are
        /// scheduled in that order, so it tells where on the work stack an object's item can be (DeepCopyContext.PendingKeys.cs).
        /// </summary>
        public int IndexOf(object key)
        {
            var hash = RuntimeHelpers.GetHashCode(key);
            var slot = Spread(hash) & _mask;
            while (true)
            {
                var entry = _slots[slot >> SlotSegmentShift][slot & (SlotSegmentLength - 1)];
                if (entry == 0)
                {
                    return -1;
                }

                if ((int)(entry >> 32) == hash && ReferenceEquals(_pairs[(int)entry - 1].Source, key))
                {
                    return (int)entry - 1;
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>
        /// The slot where a lookup of <paramref name="key"/> starts, for generated code to prefetch before the lookup
        /// comes (see <see cref="Compilation.ShellCompiler"/>). Hashing here is what the lookup would do anyway.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref long HomeSlot(object key)
        {
            var slot = Spread(RuntimeHelpers.GetHashCode(key)) & _mask;
            return ref _slots[slot >> SlotSegmentShift][slot & (SlotSegmentLength - 1)];
        }

        /// <summary>Adds a key known to be absent.</summary>
        public void Add(object key, object? value)
        {
            if (_pairs.Count >= _growAt)
            {
                Grow();
            }

            var hash = RuntimeHelpers.GetHashCode(key);
            Store(FindEmptySlot(_slots, _mask, hash), hash, key, value);
        }

        /// <summary>Empties the map but keeps its arrays, so a pooled map allocates nothing on reuse.</summary>
        public void Clear()
        {
            var count = _pairs.Count;
            if (count == 0)
            {
                return;
            }

            if (count < (Capacity >> 3))
            {
                // PERF: a small copy on a pooled map that once grew large clears its own slots, not the whole table.
                ClearUsedSlots(count);
            }
            else
            {
                foreach (var segment in _slots)
                {
                    Array.Clear(segment, 0, segment.Length);
                }
            }

            // Clearing the pairs drops their references, so a pooled map keeps no source or copy alive.
            _pairs.Clear();
        }

        private void ClearUsedSlots(int count)
        {
            for (var index = 0; index < count; index++)
            {
                // Each pair's slot is on its probe run from its home slot. Runs are walked past empty slots, because
                // the slots of pairs cleared before this one are already zero.
                var slot = Spread(RuntimeHelpers.GetHashCode(_pairs[index].Source!)) & _mask;
                var tag = (uint)(index + 1);
                while ((uint)_slots[slot >> SlotSegmentShift][slot & (SlotSegmentLength - 1)] != tag)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot >> SlotSegmentShift][slot & (SlotSegmentLength - 1)] = 0;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Spread(int hash)
        {
            // Fibonacci hashing spreads the runtime's identity hashes across the table.
            return (int)((uint)hash * 2654435769u >> 1);
        }

        private void Store(int slot, int hash, object key, object? value)
        {
            ref var pair = ref _pairs.Add();
            pair.Source = key;
            pair.Copy = value;

            // The slot keeps the pair's index + 1, so that zero means empty.
            _slots[slot >> SlotSegmentShift][slot & (SlotSegmentLength - 1)] = ((long)hash << 32) | (uint)_pairs.Count;
        }

        private static int FindEmptySlot(long[][] table, int mask, int hash)
        {
            var slot = Spread(hash) & mask;
            while (table[slot >> SlotSegmentShift][slot & (SlotSegmentLength - 1)] != 0)
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Grow()
        {
            var size = Capacity * 2;
            if (_expected > 0 && _pairs.Count >= _expected / 4)
            {
                size = Math.Max(size, RoundUpToPowerOfTwo(_expected + (_expected / 3) + 1));
            }

            var table = NewTable(size);
            var mask = size - 1;
            foreach (var segment in _slots)
            {
                foreach (var entry in segment)
                {
                    if (entry != 0)
                    {
                        var slot = FindEmptySlot(table, mask, (int)(entry >> 32));
                        table[slot >> SlotSegmentShift][slot & (SlotSegmentLength - 1)] = entry;
                    }
                }
            }

            _slots = table;
            SetCapacity(size);
        }

        private void SetCapacity(int size)
        {
            _mask = size - 1;

            // PERF: grow at three quarters full. Probes compare 8-byte slots in place (eight to a cache line) and
            // dereference nothing on a hash mismatch, so the longer runs of a fuller table stay cheap.
            _growAt = size - (size >> 2);
        }

        private static long[][] NewTable(int size)
        {
            var segmentLength = Math.Min(size, SlotSegmentLength);
            var table = new long[size / segmentLength][];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = new long[segmentLength];
            }

            return table;
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

        private struct Pair
        {
            public object? Source;
            public object? Copy;
        }
    }
}
