using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Reads the JSON back into PowerShell-native shapes, token by token with <see cref="Utf8JsonReader"/>, building
    /// containers on an explicit stack: an array or object is made when its end token is read, from its items, which
    /// wait in shared buffers. No recursion, so depth costs heap, never call stack.
    /// </summary>
    internal sealed class JsonGraphReader
    {
        private const int CancellationCheckInterval = 256;
        private const int KeepAtMost = 1 << 16;
        private static readonly object True = true;
        private static readonly object False = false;
        private readonly List<object?> _items = new List<object?>();
        private readonly List<KeyValuePair<string, object?>> _members = new List<KeyValuePair<string, object?>>();
        private readonly List<KeyValuePair<string, object?>> _scratch = new List<KeyValuePair<string, object?>>();
        private JsonReadFrame[] _frames = new JsonReadFrame[16];
        private int _count;
        private JsonShapeAdapter[] _adapters = Array.Empty<JsonShapeAdapter>();

        // The copy's own token: only its cancellation passes through an adapter's code untouched.
        private CancellationToken _token;

        public bool IsOversized => _frames.Length > KeepAtMost || _items.Capacity > KeepAtMost || _members.Capacity > KeepAtMost;

        public object? Read(ReadOnlySpan<byte> json, JsonTape tape, int maxDepth, CancellationToken token, out CopyStatistics statistics)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = JsonDepth.ForSystemTextJson(maxDepth) });
            object? root = null;
            _adapters = tape.Adapters;
            _token = token;
            int ordinal = 0, objects = 0, references = 0, steps = 0, deepest = 0;
            long containers = 0;
            while (reader.Read())
            {
                if (++steps == CancellationCheckInterval)
                {
                    steps = 0;
                    token.ThrowIfCancellationRequested();
                }

                object? value;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        _frames[_count - 1].Name = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject:
                        ordinal++;
                        deepest = Math.Max(deepest, Push(false, tape.Objects[objects++]));
                        continue;
                    case JsonTokenType.StartArray:
                        ordinal++;
                        deepest = Math.Max(deepest, Push(true, default));
                        continue;
                    case JsonTokenType.EndObject:
                        containers++;
                        value = PopObject();
                        break;
                    case JsonTokenType.EndArray:
                        containers++;
                        value = PopArray();
                        break;
                    case JsonTokenType.String:
                        ordinal++;
                        value = JsonDatePolicy.Read(ref reader);
                        break;
                    case JsonTokenType.Number:
                        ordinal++;
                        value = JsonNumberPolicy.Read(ref reader);
                        break;
                    case JsonTokenType.True:
                        ordinal++;
                        value = True;
                        break;
                    case JsonTokenType.False:
                        ordinal++;
                        value = False;
                        break;
                    case JsonTokenType.Null:
                        // A null may stand in for a value carried by reference beside the text (see JsonTape).
                        var carried = references < tape.References.Count && tape.References[references].Key == ordinal;
                        value = carried ? tape.References[references++].Value : null;
                        ordinal++;
                        break;
                    default:
                        continue;
                }

                if (_count == 0)
                {
                    root = value;
                }
                else if (_frames[_count - 1].IsArray)
                {
                    _items.Add(value);
                }
                else
                {
                    _members.Add(new KeyValuePair<string, object?>(_frames[_count - 1].Name!, value));
                }
            }

            statistics = new CopyStatistics(containers, deepest);
            return root;
        }

        public void Clear()
        {
            Array.Clear(_frames, 0, _count);
            _count = 0;
            _items.Clear();
            _members.Clear();
            _scratch.Clear();
            _adapters = Array.Empty<JsonShapeAdapter>();
            _token = default;
        }

        /// <summary>Opens a frame and returns its depth, the root being 0.</summary>
        private int Push(bool isArray, JsonTapeObject written)
        {
            if (_count == _frames.Length)
            {
                Array.Resize(ref _frames, _frames.Length * 2);
            }

            ref var frame = ref _frames[_count];
            frame.IsArray = isArray;
            frame.Start = isArray ? _items.Count : _members.Count;
            frame.Shape = written.Shape;
            frame.Source = written.Source;
            frame.Name = null;
            if (_count == 0)
            {
                frame.Kind = PathSegmentKind.Root;
            }
            else
            {
                ref var parent = ref _frames[_count - 1];
                // Named as the writer names the same place: a dictionary's value by its key, an object's by its member.
                frame.Kind = parent.IsArray ? PathSegmentKind.Index
                    : parent.Shape == JsonObjectShape.Dictionary ? PathSegmentKind.Key
                    : PathSegmentKind.Member;
                frame.Segment = parent.Name;
                frame.Index = parent.IsArray ? _items.Count - parent.Start : 0;
            }

            return _count++;
        }

        private object?[] PopArray()
        {
            var start = _frames[--_count].Start;
            var array = new object?[_items.Count - start];
            _items.CopyTo(start, array, 0, array.Length);
            _items.RemoveRange(start, array.Length);
            _frames[_count] = default;
            return array;
        }

        private object? PopObject()
        {
            ref var frame = ref _frames[_count - 1];
            _scratch.Clear();
            for (var i = frame.Start; i < _members.Count; i++)
            {
                _scratch.Add(_members[i]);
            }

            _members.RemoveRange(frame.Start, _members.Count - frame.Start);
            var result = Create(frame.Shape, frame.Source!);
            _scratch.Clear();
            _frames[--_count] = default;
            return result;
        }

        private object? Create(JsonObjectShape shape, object source)
        {
            foreach (var adapter in _adapters)
            {
                try
                {
                    if (adapter.TryCreateObject(shape, _scratch, out var result))
                    {
                        return result;
                    }
                }
                catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
                {
                    throw CopyErrors.AdapterFailed(JsonReadFrame.FormatPath(_frames, _count), adapter, source, ex);
                }
            }

            return JsonObjectFactory.CreateDefault(_scratch);
        }
    }
}
