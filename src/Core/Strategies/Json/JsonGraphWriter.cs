using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Writes a graph as JSON, walking it from an explicit stack (<see cref="JsonWriteStack"/>), never by recursion, so
    /// a million-deep chain ends in a clean MaxDepthExceeded at the limit rather than a stack overflow. Each step of the
    /// loop writes one value: a scalar at once, an array or object by opening a frame whose children later steps write.
    /// </summary>
    internal sealed class JsonGraphWriter
    {
        private const int CancellationCheckInterval = 256;
        private readonly JsonWriteStack _stack = new JsonWriteStack();
        private readonly JsonWrapperChain _wrappers;
        private readonly JsonContainerOpener _opener;
        private Utf8JsonWriter _json = null!;
        private JsonTape _tape = null!;
        private DeepCopyOptions _options = DeepCopyOptions.Shared;
        private JsonPolicyTypeCache? _policyTypes;
        private int _ordinal;

        // The copy's own token: only its cancellation passes through the source's code untouched (CopyErrors.IsSourceCodeFault).
        private CancellationToken _token;

        // What is being written, for the error when the text passes its size limit: the buffer that finds out cannot
        // know the path. Three stores a value, where a path string would cost an allocation.
        private object? _writing;
        private JsonPlace _writingPlace;
        private int _writingParent;

        public JsonGraphWriter()
        {
            _wrappers = new JsonWrapperChain(_stack);
            _opener = new JsonContainerOpener(_stack, _wrappers);
        }

        public bool IsOversized => _stack.IsOversized;

        public void Write(object? root, Utf8JsonWriter json, JsonTape tape, int maxDepth, DeepCopyOptions options)
        {
            _json = json;
            _tape = tape;
            _options = options;
            _token = options.CancellationToken;

            // Null without policies, so a copy without them pays one null check per value and nothing else.
            _policyTypes = JsonPolicyTypeCache.For(options.TypePolicies);
            _ordinal = 0;
            _opener.Begin(json, tape, maxDepth, _token);
            _wrappers.Begin(maxDepth, _token);
            try
            {
                WriteGraph(root, _token);
            }
            catch (JsonTextTooLargeException ex)
            {
                var path = PathFormatter.Format(_stack.Path, _writingParent, _writingPlace.Kind, _writingPlace.Segment, _writingPlace.Index);
                throw CopyErrors.JsonTextTooLarge(path, _writing, root, ex.Limit);
            }
        }

        public void Clear()
        {
            _writing = null;
            _stack.Clear();
            _wrappers.Clear();
            _opener.Clear();
            _json = null!;
            _tape = null!;
            _options = DeepCopyOptions.Shared;
            _token = default;
            _policyTypes = null;
        }

        private void WriteGraph(object? root, CancellationToken token)
        {
            var steps = 0;
            WriteValue(root, JsonPlace.Root);
            while (_stack.Count > 0)
            {
                if (++steps == CancellationCheckInterval)
                {
                    steps = 0;
                    token.ThrowIfCancellationRequested();
                }

                var top = _stack.Count - 1;
                if (_stack[top].Items != null)
                {
                    StepArray(top);
                }
                else
                {
                    StepObject(top);
                }
            }

            _json.Flush();
        }

        /// <summary>Notes what the next JSON tokens belong to: the value at <paramref name="place"/> under the frame whose path entry is <paramref name="parent"/>.</summary>
        private void NoteWriting(object? value, JsonPlace place, int parent)
        {
            _writing = value;
            _writingPlace = place;
            _writingParent = parent;
        }

        /// <summary>The end token of frame <paramref name="top"/> belongs to that frame's own value.</summary>
        private void NoteClosing(int top) =>
            NoteWriting(_stack[top].Source, new JsonPlace(PathSegmentKind.Transparent, null, 0), _stack[top].Path);

        private void StepArray(int top)
        {
            var items = _stack[top].Items!;
            bool more;
            object? item = null;
            try
            {
                more = items.MoveNext();
                if (more)
                {
                    item = items.Current;
                }
            }
            catch (InvalidOperationException ex) when (CopyErrors.IsCollectionChanged(ex))
            {
                // What a framework enumerator throws when its collection changes under it. The same exception from an
                // enumerator of the user's own is that code failing, and falls to HandlerFailed below.
                throw CopyErrors.SourceChanged(PathOfFrame(top), _stack[top].Source, ex);
            }
            catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
            {
                throw CopyErrors.FromHandler(PathOfFrame(top), _stack[top].Source, ex);
            }

            if (more)
            {
                WriteValue(item, new JsonPlace(PathSegmentKind.Index, null, _stack[top].Index++));
                return;
            }

            if (items is IDisposable disposable)
            {
                try
                {
                    disposable.Dispose();
                }
                catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
                {
                    throw CopyErrors.FromHandler(PathOfFrame(top), _stack[top].Source, ex);
                }
            }

            NoteClosing(top);
            _json.WriteEndArray();
            _stack.Pop();
        }

        private void StepObject(int top)
        {
            ref var frame = ref _stack[top];
            if (frame.Next == frame.End)
            {
                NoteClosing(top);
                _json.WriteEndObject();
                _stack.Pop();
                return;
            }

            var member = _stack.Members[frame.Next++];
            if (_policyTypes != null && member.Place.Kind == PathSegmentKind.Key && member.Place.Segment != null && !(member.Place.Segment is string))
            {
                CheckKey(member.Place.Segment, top);
            }

            var name = NameOf(member, top);
            NoteWriting(member.Value, member.Place, frame.Path);
            _json.WritePropertyName(name);
            WriteValue(member.Value, member.Place);
        }

        /// <summary>The member's JSON name. Making a key's runs its ToString, the user's code, whose failure is the key's.</summary>
        private string NameOf(in JsonMember member, int top)
        {
            string name;
            try
            {
                name = member.Name;
            }
            catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
            {
                throw CopyErrors.KeyTextFailed(KeyPath(top), member.Place.Segment!, ex);
            }

            if (name.Length > JsonText.MaxLength)
            {
                // A name cannot be null or carried beside the text, so NonCopyableAction has nothing to offer here.
                throw member.Place.Kind == PathSegmentKind.Key
                    ? CopyErrors.TooLongForJson(KeyPath(top), member.Place.Segment!, name.Length, isName: true)
                    : CopyErrors.TooLongForJson(_stack.PathOf(member.Place), name, name.Length, isName: true);
            }

            return name;
        }

        /// <summary>
        /// A string JSON cannot hold is, for this strategy, a value that cannot be copied, so NonCopyableAction decides;
        /// carried by reference it is the same immutable string, as the exact strategies keep it.
        /// </summary>
        private void WriteTooLong(string value, int ordinal, JsonPlace place)
        {
            switch (_options.NonCopyableAction)
            {
                case NonCopyableAction.Reference:
                    Carry(value, ordinal);
                    break;
                case NonCopyableAction.Null:
                    _json.WriteNullValue();
                    break;
                default:
                    throw CopyErrors.TooLongForJson(_stack.PathOf(place), value, value.Length, isName: false);
            }
        }

        private void WriteValue(object? value, JsonPlace place)
        {
            // Every JSON value gets an ordinal, in document order; the reader counts the same way (see JsonTape).
            var ordinal = _ordinal++;
            NoteWriting(value, place, _stack.ParentPath);
            if (value is null)
            {
                _json.WriteNullValue();
                return;
            }

            // Unwrap also forgets the previous value's wrappers, so it runs for every value.
            var info = _policyTypes is null ? JsonTypeCache.Get(value.GetType()) : _policyTypes.Get(value.GetType());
            value = _wrappers.Unwrap(value, ref info, place, _policyTypes);
            if (info.Adapter != null && _opener.TryOpenAdapted(value, info.Adapter, place))
            {
                return;
            }

            switch (info.Kind)
            {
                case JsonTypeKind.Scalar when info.Scalar == JsonScalarKind.String && ((string)value).Length > JsonText.MaxLength:
                    WriteTooLong((string)value, ordinal, place);
                    break;
                case JsonTypeKind.Scalar:
                    JsonScalarWriter.Write(_json, value, info.Scalar);
                    break;
                case JsonTypeKind.NonCopyable:
                    WriteNonCopyable(value, info, ordinal, place);
                    break;
                case JsonTypeKind.SharedReference:
                    Carry(value, ordinal);
                    break;
                case JsonTypeKind.CopiedByPolicy:
                    CarryPolicyCopy(value, ordinal, place);
                    break;
                case JsonTypeKind.Sequence:
                    _opener.OpenArray(value, place);
                    break;
                default:
                    _opener.OpenObject(value, info, place);
                    break;
            }
        }

        private void WriteNonCopyable(object value, JsonTypeInfo info, int ordinal, JsonPlace place)
        {
            // A null pointer or an unallocated GC handle holds nothing: written as null, as a null delegate is.
            if (EmptyRuntimeValues.IsEmpty(value))
            {
                _json.WriteNullValue();
                return;
            }

            // A Null or Throw type policy fixes the action for its types; everything else follows the copy's NonCopyableAction.
            switch (info.FixedAction ?? _options.NonCopyableAction)
            {
                case NonCopyableAction.Reference:
                    Carry(value, ordinal);
                    break;
                case NonCopyableAction.Null:
                    _json.WriteNullValue();
                    break;
                default:
                    throw info.FixedAction.HasValue
                        ? CopyErrors.RefusedByPolicy(_stack.PathOf(place), value, info.NonCopyableReason!)
                        : CopyErrors.NonCopyable(_stack.PathOf(place), value, info.NonCopyableReason!);
            }
        }

        /// <summary>Runs a Clone or custom-copier policy and carries what it returns: the policy says the copy holds exactly that.</summary>
        private void CarryPolicyCopy(object value, int ordinal, JsonPlace place)
        {
            var copy = JsonPolicyCopier.Run(value, _options, _stack.PathOf(place), _stack.Count);
            if (copy is null)
            {
                _json.WriteNullValue();
                return;
            }

            Carry(copy, ordinal);
        }

        /// <summary>
        /// Keys become JSON names, so only the policies that stop a copy mean anything for them: Throw refuses the key,
        /// and Null, which cannot leave a null key, refuses it too, as the exact strategies do.
        /// </summary>
        private void CheckKey(object key, int top)
        {
            var info = _policyTypes!.Get(key.GetType());
            if (info.Kind != JsonTypeKind.NonCopyable || !info.FixedAction.HasValue)
            {
                return;
            }

            var path = KeyPath(top);
            throw info.FixedAction == NonCopyableAction.Throw
                ? CopyErrors.RefusedByPolicy(path, key, info.NonCopyableReason!)
                : CopyErrors.NonCopyableKey(path, key, info.NonCopyableReason, byPolicy: true);
        }

        /// <summary>Writes a null that the reader replaces with <paramref name="value"/> itself.</summary>
        private void Carry(object value, int ordinal)
        {
            _tape.References.Add(new KeyValuePair<int, object>(ordinal, value));
            _json.WriteNullValue();
        }

        /// <summary>The path of the key itself (not of its value) of the member of frame <paramref name="top"/> being written.</summary>
        private string KeyPath(int top) =>
            PathFormatter.Format(_stack.Path, _stack[top].Path, PathSegmentKind.KeyItself, null, _stack[top].Next - 1 - _stack[top].MemberStart);

        private string PathOfFrame(int index) => _stack.PathAt(_stack[index].Path);
    }
}
