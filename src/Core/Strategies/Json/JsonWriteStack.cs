using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The writer's explicit stack: open arrays and objects, their members, their ancestors (for cycle detection) and
    /// their paths. Everything here lives and dies like a stack, so memory follows the depth of the graph, not its size.
    /// </summary>
    internal sealed class JsonWriteStack
    {
        private const int KeepAtMost = 1 << 16;
        private readonly HashSet<object> _ancestorSet = new HashSet<object>(ReferenceIdentityComparer.Instance);
        private readonly List<object> _ancestors = new List<object>();
        private JsonWriteFrame[] _frames = new JsonWriteFrame[16];
        private int _count;

        public int Count => _count;

        /// <summary>The members of every open object, each object's slice above its parent's.</summary>
        public List<JsonMember> Members { get; } = new List<JsonMember>();

        public PathTable Path { get; } = new PathTable();

        /// <summary>True when a buffer grew so large that a cached session should not keep it.</summary>
        public bool IsOversized => _frames.Length > KeepAtMost || Members.Capacity > KeepAtMost || Path.Capacity > KeepAtMost;

        public ref JsonWriteFrame this[int index] => ref _frames[index];

        /// <summary>The path entry of the innermost open frame, or -1 at the root.</summary>
        public int ParentPath => _count == 0 ? -1 : _frames[_count - 1].Path;

        public bool IsAncestor(object value) => _ancestorSet.Contains(value);

        /// <summary>The path of a value about to be written at <paramref name="place"/> under the innermost open frame.</summary>
        public string PathOf(JsonPlace place) => PathFormatter.Format(Path, ParentPath, place.Kind, place.Segment, place.Index);

        /// <summary>The path of the frame whose path entry is <paramref name="path"/>.</summary>
        public string PathAt(int path) => PathFormatter.Format(Path, path, PathSegmentKind.Transparent, null, 0);

        public void Push(object source, IEnumerator? items, int memberStart, int path, List<KeyValuePair<object, JsonShapeAdapter>> wrappers)
        {
            if (_count == _frames.Length)
            {
                Array.Resize(ref _frames, _frames.Length * 2);
            }

            ref var frame = ref _frames[_count++];
            frame.Source = source;
            frame.Items = items;
            frame.Index = 0;
            frame.MemberStart = memberStart;
            frame.Next = memberStart;
            frame.End = Members.Count;
            frame.AncestorStart = _ancestors.Count;
            frame.Path = path;
            AddAncestor(source);
            foreach (var wrapper in wrappers)
            {
                AddAncestor(wrapper.Key);
            }
        }

        /// <summary>Closes the innermost frame. Returns its enumerator, which the caller disposes.</summary>
        public IEnumerator? Pop()
        {
            ref var frame = ref _frames[--_count];
            var items = frame.Items;
            for (var i = frame.AncestorStart; i < _ancestors.Count; i++)
            {
                _ancestorSet.Remove(_ancestors[i]);
            }

            _ancestors.RemoveRange(frame.AncestorStart, _ancestors.Count - frame.AncestorStart);
            Members.RemoveRange(frame.MemberStart, Members.Count - frame.MemberStart);
            Path.Truncate(frame.Path);
            frame = default;
            return items;
        }

        /// <summary>The path entry of the open frame that holds <paramref name="value"/> (itself, or as a wrapper).</summary>
        public int AncestorPath(object value)
        {
            for (var i = 0; i < _count; i++)
            {
                var end = i + 1 < _count ? _frames[i + 1].AncestorStart : _ancestors.Count;
                for (var a = _frames[i].AncestorStart; a < end; a++)
                {
                    if (ReferenceEquals(_ancestors[a], value))
                    {
                        return _frames[i].Path;
                    }
                }
            }

            return -1;
        }

        /// <summary>Drops everything, after a finished or failed walk. Enumerators left open by a failure are disposed.</summary>
        public void Clear()
        {
            while (_count > 0)
            {
                var items = Pop();
                try
                {
                    (items as IDisposable)?.Dispose();
                }
                catch (Exception)
                {
                    // The copy has already failed, and that failure is the one the caller sees.
                }
            }

            Members.Clear();
            _ancestors.Clear();
            _ancestorSet.Clear();
            Path.Clear();
        }

        private void AddAncestor(object value)
        {
            // A wrapper may hand over the same object twice; the set keeps one, the list keeps the order for removal.
            if (_ancestorSet.Add(value))
            {
                _ancestors.Add(value);
            }
        }
    }
}
