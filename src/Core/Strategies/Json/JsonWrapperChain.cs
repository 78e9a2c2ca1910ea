using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The wrappers around the value being written (a PSObject around a .NET object, say), outermost first, each with
    /// the adapter that unwrapped it. The wrapped value is written in their place; their own members are added after
    /// its members when it becomes a JSON object.
    /// </summary>
    internal sealed class JsonWrapperChain
    {
        /// <summary>How many wrappers deep a value may be; deeper is refused as the wrapper's fault.</summary>
        public const int MaxLength = 16;

        private readonly JsonWriteStack _stack;
        private readonly List<KeyValuePair<string, object?>> _adapted = new List<KeyValuePair<string, object?>>();
        private int _maxDepth;
        private CancellationToken _token;

        public JsonWrapperChain(JsonWriteStack stack)
        {
            _stack = stack;
        }

        public List<KeyValuePair<object, JsonShapeAdapter>> Items { get; } = new List<KeyValuePair<object, JsonShapeAdapter>>();

        /// <summary>Starts a copy; <paramref name="token"/> is its own, whose cancellation alone passes through the source's code.</summary>
        public void Begin(int maxDepth, CancellationToken token)
        {
            _maxDepth = maxDepth;
            _token = token;
        }

        /// <summary>
        /// Follows wrappers from <paramref name="value"/> to what they wrap; returns that value, with its info. Each wrapped
        /// value's info comes from <paramref name="policyTypes"/> when the copy has type policies, so a policy on the
        /// wrapped type applies through the wrapper, as it does for the exact strategies.
        /// </summary>
        public object Unwrap(object value, ref JsonTypeInfo info, JsonPlace place, JsonPolicyTypeCache? policyTypes)
        {
            Items.Clear();
            while (info.Adapter != null)
            {
                object? inner;
                try
                {
                    inner = info.Adapter.GetWrappedValue(value);
                }
                catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
                {
                    throw CopyErrors.FromHandler(_stack.PathOf(place), value, ex);
                }

                if (inner is JsonRawText raw)
                {
                    inner = Parse(raw, value, place);
                }

                if (inner is null || ReferenceEquals(inner, value))
                {
                    break;
                }

                if (Items.Count == MaxLength)
                {
                    var tooDeep = new InvalidOperationException("The value is wrapped more than " + MaxLength + " levels deep.");
                    throw CopyErrors.FromHandler(_stack.PathOf(place), value, tooDeep);
                }

                Items.Add(new KeyValuePair<object, JsonShapeAdapter>(value, info.Adapter));
                value = inner;
                info = policyTypes is null ? JsonTypeCache.Get(inner.GetType()) : policyTypes.Get(inner.GetType());
            }

            return value;
        }

        /// <summary>
        /// Parses raw JSON written at <paramref name="place"/>. A container there sits at depth _stack.Count, so the parse
        /// may go as deep as the limit leaves from there, plus the margin System.Text.Json's count needs (JsonDepth):
        /// within that, over-deep content is the walk's MaxDepthExceeded at its own path; past it, the wrapper's.
        /// </summary>
        private object Parse(JsonRawText raw, object wrapper, JsonPlace place)
        {
            JsonElement? parsed;
            try
            {
                parsed = raw.Parse(JsonDepth.ForSystemTextJson(_maxDepth - _stack.Count));
            }
            catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
            {
                throw CopyErrors.FromHandler(_stack.PathOf(place), wrapper, ex);
            }

            return parsed ?? throw CopyErrors.MaxDepth(_stack.PathOf(place), wrapper, _maxDepth);
        }

        /// <summary>
        /// Adds each wrapper's own members, innermost wrapper first, so the outermost wins a duplicate name. With
        /// <paramref name="names"/>, each wrapper's member names are checked as those of the wrapper.
        /// </summary>
        public void AddMembers(List<JsonMember> members, int path, JsonMemberNameCheck? names)
        {
            for (var i = Items.Count - 1; i >= 0; i--)
            {
                var wrapper = Items[i];
                var from = members.Count;
                _adapted.Clear();
                try
                {
                    if (wrapper.Value.TryGetMembers(wrapper.Key, _adapted, out _))
                    {
                        JsonMemberCollector.AddAdapted(_adapted, JsonObjectShape.Object, members);
                    }
                }
                catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
                {
                    throw CopyErrors.FromHandler(_stack.PathAt(path), wrapper.Key, ex);
                }

                names?.Check(members, from, wrapper.Key, _stack.Path, path);
            }
        }

        public void Clear()
        {
            Items.Clear();
            _adapted.Clear();
            _token = default;
        }
    }
}
