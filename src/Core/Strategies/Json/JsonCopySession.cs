using System;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The scratch state of one Json copy: the pooled buffer, the Utf8JsonWriter, the tape and the two walkers. One
    /// is cached per thread and reused, so a warm copy allocates only what escapes to the caller. A copy that runs
    /// user code which copies again on the same thread (a property getter, say) finds the cache empty and makes its own.
    /// </summary>
    internal sealed class JsonCopySession
    {
        // Larger buffers go back to the ArrayPool after the copy instead of staying with this thread.
        private const int KeepBufferAtMost = 1 << 20;

        [ThreadStatic]
        private static JsonCopySession? _cached;

        private Utf8JsonWriter? _json;
        private int _jsonDepth;

        public PooledByteBufferWriter Buffer { get; } = new PooledByteBufferWriter();

        public JsonTape Tape { get; } = new JsonTape();

        public JsonGraphWriter Writer { get; } = new JsonGraphWriter();

        public JsonGraphReader Reader { get; } = new JsonGraphReader();

        public static JsonCopySession Rent()
        {
            var session = _cached;
            if (session is null)
            {
                return new JsonCopySession();
            }

            _cached = null;
            return session;
        }

        /// <summary>Clears the session, after a finished or a failed copy, and caches it unless it grew too large.</summary>
        public static void Return(JsonCopySession session)
        {
            session.Clear();
            if (!session.Writer.IsOversized && !session.Reader.IsOversized)
            {
                _cached = session;
            }
        }

        /// <summary>The writer, aimed at <see cref="Buffer"/>. A new one only when the depth limit changes, since options are fixed per writer.</summary>
        public Utf8JsonWriter JsonWriter(int maxDepth)
        {
            var depth = JsonDepth.ForSystemTextJson(maxDepth);
            if (_json is null || _jsonDepth != depth)
            {
                _json = new Utf8JsonWriter(Buffer, new JsonWriterOptions
                {
                    // The text never leaves this process, so HTML-safe escaping would only cost bytes.
                    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                    MaxDepth = depth,
                });
                _jsonDepth = depth;
            }
            else
            {
                _json.Reset(Buffer);
            }

            return _json;
        }

        private void Clear()
        {
            var pending = _json?.BytesPending ?? 0;
            _json?.Reset();
            Buffer.Reset(KeepBufferAtMost, pending);
            Tape.Clear();
            Writer.Clear();
            Reader.Clear();
        }
    }
}
