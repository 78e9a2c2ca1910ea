using System;
using System.Buffers;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>. It grows by renting
    /// a bigger array and returning the old one, and it is kept between copies, so a warm thread writes JSON without
    /// allocating a buffer.
    /// </summary>
    internal sealed class PooledByteBufferWriter : IBufferWriter<byte>
    {
        private const int InitialSize = 4096;
        private byte[] _buffer = Array.Empty<byte>();
        private int _written;

        public ReadOnlySpan<byte> WrittenSpan => new ReadOnlySpan<byte>(_buffer, 0, _written);

        public int Capacity => _buffer.Length;

        public void Advance(int count)
        {
            if (count < 0 || _written > _buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "Cannot advance past the end of the buffer.");
            }

            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return new Memory<byte>(_buffer, _written, _buffer.Length - _written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return new Span<byte>(_buffer, _written, _buffer.Length - _written);
        }

        /// <summary>
        /// Forgets what was written and keeps the array, unless it is larger than <paramref name="keepAtMost"/> bytes.
        /// <paramref name="pendingBytes"/> are bytes a writer put past the written end without advancing (a failed write).
        /// </summary>
        public void Reset(int keepAtMost, int pendingBytes)
        {
            // The bytes are the source's text; clear them so no later renter of the array can read them.
            Array.Clear(_buffer, 0, (int)Math.Min(_buffer.Length, (long)_written + pendingBytes));
            _written = 0;
            if (_buffer.Length > keepAtMost)
            {
                ReturnBuffer();
            }
        }

        private void Ensure(int sizeHint)
        {
            if (sizeHint < 1)
            {
                sizeHint = 1;
            }

            if (_buffer.Length - _written >= sizeHint)
            {
                return;
            }

            Grow(sizeHint);
        }

        private void Grow(int sizeHint)
        {
            var needed = (long)_written + sizeHint;
            var size = Math.Max(Math.Max(InitialSize, (long)_buffer.Length * 2), needed);
            if (needed > int.MaxValue)
            {
                throw new OutOfMemoryException("The JSON text of the graph is larger than 2 GB.");
            }

            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, int.MaxValue));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _written);
            Array.Clear(_buffer, 0, _written);
            ReturnBuffer();
            _buffer = larger;
        }

        private void ReturnBuffer()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = Array.Empty<byte>();
        }
    }
}
