using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
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

        public JsonContainerOpener(JsonWriteStack stack, JsonWrapperChain wrappers)
        {
            _stack = stack;
            _wrappers = wrappers;
        }

        public void Begin(Utf8JsonWriter json, JsonTape tape, int maxDepth)
        {
            _json = json;
            _tape = tape;
            _maxDepth = maxDepth;
            _names.Begin(tape.Adapters);
        }

        public void Clear()
        {
            _adapted.Clear();
            _names.Clear();
            _json = null!;
            _tape = null!;
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
            catch (Exception ex) when (CopyErrors.IsHandlerFault(ex))
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
            catch (Exception ex) when (CopyErrors.IsHandlerFault(ex))
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
            try
            {
                switch (info.Kind)
                {
                    case JsonTypeKind.Dictionary:
                        JsonMemberCollector.AddEntries((IDictionary)value, _stack.Members);
                        break;
                    case JsonTypeKind.PairDictionary:
                        info.AddPairs!(value, _stack.Members);
                        break;
                    default:
                        AddFieldsAndProperties(value, info, path);
                        break;
                }
            }
            catch (InvalidOperationException ex) when (CopyErrors.IsCollectionChanged(ex))
            {
                // What a framework enumerator throws when its collection changes under it. The same exception from a
                // dictionary of the user's own is that code failing, and falls to HandlerFailed below.
                throw CopyErrors.SourceChanged(_stack.PathAt(path), value, ex);
            }
            catch (Exception ex) when (CopyErrors.IsHandlerFault(ex))
            {
                throw CopyErrors.FromHandler(_stack.PathAt(path), value, ex);
            }

            PushObject(value, info.Kind == JsonTypeKind.Object ? JsonObjectShape.Object : JsonObjectShape.Dictionary, start, path);
        }

        private void AddFieldsAndProperties(object value, JsonTypeInfo info, int path)
        {
            JsonMemberCollector.AddFields(value, info.Fields, _stack.Members);
            var failed = JsonMemberCollector.AddProperties(value, info.Properties, _stack.Members, out var error);
            if (failed >= 0)
            {
                var name = info.Properties[failed].Name;
                throw CopyErrors.PropertyFailed(PathFormatter.Format(_stack.Path, path, PathSegmentKind.Member, name, 0), value, name, error!);
            }
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
