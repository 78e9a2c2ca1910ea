using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Opens JSON arrays and objects for the <see cref="JsonGraphWriter"/>: asks adapters for members, lists built-in
    /// members, checks depth and cycles, then pushes a frame. It never writes a child: children are written by later
    /// steps of the writer's loop.
    /// </summary>
    internal sealed class JsonContainerOpener
    {
        private readonly JsonWriteStack _stack;
        private readonly JsonWrapperChain _wrappers;
        private readonly List<KeyValuePair<string, object?>> _adapted = new List<KeyValuePair<string, object?>>();
        private readonly JsonMemberNameCheck _names = new JsonMemberNameCheck();
        private Utf8JsonWriter _json = null!;
        private JsonTape _tape = null!;
        private int _maxDepth;
        private CancellationToken _token;

        public JsonContainerOpener(JsonWriteStack stack, JsonWrapperChain wrappers)
        {
            _stack = stack;
            _wrappers = wrappers;
        }

        /// <summary>Starts a copy; <paramref name="token"/> is its own, whose cancellation alone passes through the source's code.</summary>
        public void Begin(Utf8JsonWriter json, JsonTape tape, int maxDepth, CancellationToken token)
        {
            _json = json;
            _tape = tape;
            _maxDepth = maxDepth;
            _token = token;
            _names.Begin(tape.Adapters, token);
        }

        public void Clear()
        {
            _adapted.Clear();
            _names.Clear();
            _json = null!;
            _tape = null!;
            _token = default;
        }

        /// <summary>Opens <paramref name="value"/> as an object described by <paramref name="adapter"/>; false when the adapter declines.</summary>
        public bool TryOpenAdapted(object value, JsonShapeAdapter adapter, JsonPlace place)
        {
            _adapted.Clear();
            JsonObjectShape shape;
            bool described;
            try
            {
                described = adapter.TryGetMembers(value, _adapted, out shape);
            }
            catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
            {
                throw CopyErrors.FromHandler(_stack.PathOf(place), value, ex);
            }

            if (!described)
            {
                return false;
            }

            var path = Check(value, place);
            var start = _stack.Members.Count;
            JsonMemberCollector.AddAdapted(_adapted, shape, _stack.Members);
            PushObject(value, shape, start, path);
            return true;
        }

        public void OpenArray(object value, JsonPlace place)
        {
            // Members of wrappers around a list have nowhere to go in JSON: they are dropped (PSObjectMembers).
            var path = Check(value, place);
            IEnumerator items;
            try
            {
                items = ((IEnumerable)value).GetEnumerator();
            }
            catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
            {
                // GetEnumerator is the collection's own code, like a property getter: its failure is the collection's.
                throw CopyErrors.FromHandler(_stack.PathOf(place), value, ex);
            }

            _stack.Push(value, items, _stack.Members.Count, path, _wrappers.Items);
            _json.WriteStartArray();
        }

        public void OpenObject(object value, JsonTypeInfo info, JsonPlace place)
        {
            var path = Check(value, place);
            var start = _stack.Members.Count;
            var failedProperty = -1;
            Exception? propertyError = null;
            try
            {
                // Only the source's code runs here (its enumerators and getters): a getter's failure is raised below,
                // outside this try, so that this copy's own error is never taken for the source's.
                switch (info.Kind)
                {
                    case JsonTypeKind.Dictionary:
                        JsonMemberCollector.AddEntries((IDictionary)value, _stack.Members);
                        break;
                    case JsonTypeKind.PairDictionary:
                        info.AddPairs!(value, _stack.Members);
                        break;
                    default:
                        JsonMemberCollector.AddFields(value, info.Fields, _stack.Members);
                        failedProperty = JsonMemberCollector.AddProperties(value, info.Properties, _stack.Members, out propertyError);
                        break;
                }
            }
            catch (InvalidOperationException ex) when (CopyErrors.IsCollectionChanged(ex))
            {
                // What a framework enumerator throws when its collection changes under it. The same exception from a
                // dictionary of the user's own is that code failing, and falls to HandlerFailed below.
                throw CopyErrors.SourceChanged(_stack.PathAt(path), value, ex);
            }
            catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
            {
                throw CopyErrors.FromHandler(_stack.PathAt(path), value, ex);
            }

            if (failedProperty >= 0)
            {
                ThrowPropertyFailed(value, info.Properties[failedProperty].Name, path, propertyError!);
            }

            PushObject(value, info.Kind == JsonTypeKind.Object ? JsonObjectShape.Object : JsonObjectShape.Dictionary, start, path);
        }

        /// <summary>A getter threw <paramref name="error"/>: its failure at the property, unless it is the copy's own cancellation.</summary>
        private void ThrowPropertyFailed(object value, string name, int path, Exception error)
        {
            if (!CopyErrors.IsSourceCodeFault(error, _token))
            {
                ExceptionDispatchInfo.Capture(error).Throw();
            }

            throw CopyErrors.PropertyFailed(PathFormatter.Format(_stack.Path, path, PathSegmentKind.Member, name, 0), value, name, error);
        }

        private void PushObject(object value, JsonObjectShape shape, int start, int path)
        {
            // An object comes back with members named as these are; a dictionary holds any key (JsonMemberNameCheck).
            var names = shape == JsonObjectShape.Object ? _names : null;
            names?.Check(_stack.Members, start, value, _stack.Path, path);
            _wrappers.AddMembers(_stack.Members, path, names);
            _stack.Push(value, null, start, path, _wrappers.Items);
            _tape.Objects.Add(new JsonTapeObject(shape, value));
            _json.WriteStartObject();
        }

        /// <summary>Checks depth and cycles for a new array or object at <paramref name="place"/>, and records its path.</summary>
        private int Check(object value, JsonPlace place)
        {
            var depth = _stack.Count;
            if (depth > _maxDepth)
            {
                throw CopyErrors.MaxDepth(_stack.PathOf(place), value, _maxDepth);
            }

            ThrowIfCycle(value, place);
            foreach (var wrapper in _wrappers.Items)
            {
                ThrowIfCycle(wrapper.Key, place);
            }

            return _stack.Path.Add(_stack.ParentPath, depth, place.Kind, place.Segment, place.Index);
        }

        private void ThrowIfCycle(object value, JsonPlace place)
        {
            if (_stack.IsAncestor(value))
            {
                throw CopyErrors.Cycle(_stack.PathOf(place), value, _stack.PathAt(_stack.AncestorPath(value)));
            }
        }
    }
}
