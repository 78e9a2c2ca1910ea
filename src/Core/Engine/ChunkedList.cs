using System;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// A growable list of structs stored in fixed-size chunks: the scratch storage of a copy (identity pairs, work
    /// items, path entries).
    /// </summary>
    /// <remarks>
    /// PERF: growing adds a chunk and never copies what is there, so a huge graph has no moment when an old and a new
    /// array are both alive. Every chunk stays under the large-object-heap threshold (85,000 bytes), so a fresh context
    /// on a big graph allocates nothing on the large-object heap, whose allocations are what set off gen-2 collections.
    /// The first chunk starts small and doubles, so a small copy pays for a small buffer.
    /// </remarks>
    internal sealed class ChunkedList<T>
        where T : struct
    {
        /// <summary>1,024 items a chunk: 40 KB for the largest item stored (a work item), under the 85,000-byte threshold.</summary>
        private const int ChunkShift = 10;
        private const int ChunkLength = 1 << ChunkShift;
        private const int ChunkMask = ChunkLength - 1;

        private T[][] _chunks;
        private int _count;

        public ChunkedList(int initialCapacity = 16)
        {
            _chunks = new T[1][];
            _chunks[0] = new T[Math.Min(Math.Max(initialCapacity, 1), ChunkLength)];
        }

        public int Count => _count;

        /// <summary>Items the allocated chunks can hold, so a pool can drop buffers that grew too large to keep.</summary>
        public int Capacity
        {
            get
            {
                var capacity = _chunks[0].Length;
                for (var chunk = 1; chunk < _chunks.Length && _chunks[chunk] != null; chunk++)
                {
                    capacity += ChunkLength;
                }

                return capacity;
            }
        }

        public ref T this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => ref _chunks[index >> ChunkShift][index & ChunkMask];
        }

        /// <summary>Appends a default item and returns a reference to it, for the caller to fill in place.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref T Add()
        {
            var index = _count;
            var chunkIndex = index >> ChunkShift;
            T[]? chunk;
            if (chunkIndex >= _chunks.Length || (chunk = _chunks[chunkIndex]) is null || (index & ChunkMask) >= chunk.Length)
            {
                chunk = GrowFor(index);
            }

            _count = index + 1;
            return ref chunk[index & ChunkMask];
        }

        /// <summary>Removes the last item, clearing it so it keeps nothing alive, and returns it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public T RemoveLast()
        {
            ref var slot = ref this[--_count];
            var item = slot;
            slot = default;
            return item;
        }

        /// <summary>Keeps the first <paramref name="count"/> items and clears the rest, so they keep nothing alive.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Truncate(int count)
        {
            // PERF: the engine calls this on every pop, and most calls have nothing to drop.
            if (count < _count)
            {
                ClearFrom(count);
            }
        }

        public void Clear() => Truncate(0);

        private void ClearFrom(int count)
        {
            for (var index = count; index < _count;)
            {
                var chunk = _chunks[index >> ChunkShift];
                var start = index & ChunkMask;
                var length = Math.Min(chunk.Length - start, _count - index);
                Array.Clear(chunk, start, length);
                index += length;
            }

            _count = count;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private T[] GrowFor(int index)
        {
            var chunkIndex = index >> ChunkShift;
            if (chunkIndex == 0)
            {
                // The first chunk doubles up to full size; the others are allocated full size.
                Array.Resize(ref _chunks[0], Math.Min(_chunks[0].Length * 2, ChunkLength));
                return _chunks[0];
            }

            if (chunkIndex == _chunks.Length)
            {
                Array.Resize(ref _chunks, _chunks.Length * 2);
            }

            return _chunks[chunkIndex] ??= new T[ChunkLength];
        }
    }
}
