using System;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Where each pending object sits in the graph: a flat, growable array of parent-linked steps. It costs one
    /// struct per object that needs populating and no heap object, and it is the path buffer the Pooled strategy reuses.
    /// </summary>
    internal sealed class PathTable
    {
        private PathEntry[] _entries;
        private int _count;

        public PathTable(int capacity = 64)
        {
            _entries = new PathEntry[capacity];
        }

        public int Count => _count;

        public int Capacity => _entries.Length;

        public ref PathEntry this[int index] => ref _entries[index];

        public int Add(int parent, int depth, PathSegmentKind kind, object? segment, int index)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            ref var entry = ref _entries[_count];
            entry.Parent = parent;
            entry.Depth = depth;
            entry.Kind = kind;
            entry.Segment = segment;
            entry.Index = index;
            return _count++;
        }

        /// <summary>Drops the newest entries, keeping the first <paramref name="count"/>: for walks whose paths live and die like a stack.</summary>
        public void Truncate(int count)
        {
            if (count < _count)
            {
                Array.Clear(_entries, count, _count - count);
                _count = count;
            }
        }

        public void Clear()
        {
            if (_count > 0)
            {
                // Drop references to keys and names so a pooled table keeps no source object alive.
                Array.Clear(_entries, 0, _count);
                _count = 0;
            }
        }
    }
}
