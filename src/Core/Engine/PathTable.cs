namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Where each pending object sits in the graph: parent-linked steps in a chunked list. It costs one struct per
    /// object that needs populating and no heap object, and it is the path buffer the Pooled strategy reuses.
    /// </summary>
    internal sealed class PathTable
    {
        private readonly ChunkedList<PathEntry> _entries;

        public PathTable(int capacity = 64)
        {
            _entries = new ChunkedList<PathEntry>(capacity);
        }

        public int Count => _entries.Count;

        public int Capacity => _entries.Capacity;

        public ref PathEntry this[int index] => ref _entries[index];

        public int Add(int parent, int depth, PathSegmentKind kind, object? segment, int index)
        {
            ref var entry = ref _entries.Add();
            entry.Parent = parent;
            entry.Depth = depth;
            entry.Kind = kind;
            entry.Segment = segment;
            entry.Index = index;
            return _entries.Count - 1;
        }

        /// <summary>Drops the newest entries, keeping the first <paramref name="count"/>: their work is finished.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Truncate(int count) => _entries.Truncate(count);

        /// <summary>Drops every entry, clearing references to keys and names so a pooled table keeps no source object alive.</summary>
        public void Clear() => _entries.Clear();
    }
}
