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
        /// <summary>
        /// The most bytes of text one copy writes: the largest byte array .NET makes (Array.MaxLength, which
        /// netstandard2.0 does not have). Renting more would throw a bare OutOfMemoryException.
        /// </summary>
        internal const int DefaultMaxTextBytes = 0x7FFFFFC7;

        private const int InitialSize = 4096;

        // Per thread, so a test that lowers the limit to reach it cheaply changes no copy on another thread.
        [ThreadStatic]
        private static int _maxTextBytesOverride;

        private byte[] _buffer = Array.Empty<byte>();
        private int _written;

        public ReadOnlySpan<byte> WrittenSpan => new ReadOnlySpan<byte>(_buffer, 0, _written);

        public int Capacity => _buffer.Length;

        /// <summary>The limit of the text, on this thread: <see cref="DefaultMaxTextBytes"/> unless a test set a smaller one (0 resets it).</summary>
        internal static int MaxTextBytes
        {
            get => _maxTextBytesOverride > 0 ? _maxTextBytesOverride : DefaultMaxTextBytes;
            set => _maxTextBytesOverride = value;
        }

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
            // Ensure first: it may replace the array.
            var length = Ensure(sizeHint);
            return new Memory<byte>(_buffer, _written, length);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            var length = Ensure(sizeHint);
            return new Span<byte>(_buffer, _written, length);
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

        /// <summary>
        /// Makes room for at least <paramref name="sizeHint"/> bytes and returns how many the caller may write: no more
        /// than the limit leaves, so a large array kept from an earlier copy does not let the text pass it.
        /// </summary>
        private int Ensure(int sizeHint)
        {
            if (sizeHint < 1)
            {
                sizeHint = 1;
            }

            // Utf8JsonWriter asks for the most a token can take (6 bytes a char of a string), so a long string can meet
            // the limit before its text would.
            var limit = MaxTextBytes;
            var needed = (long)_written + sizeHint;
            if (needed > limit)
            {
                throw new JsonTextTooLargeException(limit);
            }

            if (_buffer.Length < needed)
            {
                Grow(needed, limit);
            }

            return Math.Min(_buffer.Length, limit) - _written;
        }

        private void Grow(long needed, int limit)
        {
            var size = Math.Max(Math.Max(InitialSize, (long)_buffer.Length * 2), needed);
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, limit));
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
