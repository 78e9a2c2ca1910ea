using System.Runtime.CompilerServices;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// The explicit stack that replaces recursion: graph depth lives here, on the heap, never on the call stack,
    /// so a million-deep chain cannot overflow the thread's stack and kill the host.
    /// </summary>
    internal sealed class WorkStack
    {
        private readonly ChunkedList<WorkItem> _items = new ChunkedList<WorkItem>(64);

        public int Count => _items.Count;

        public int Capacity => _items.Capacity;

        /// <summary>
        /// The item at <paramref name="position"/>, counted from the bottom: for the rare look below the top, when a key
        /// whose item still waits here must be filled before its collection hashes it (DeepCopyContext.PendingKeys.cs).
        /// The reference is good until the next push, which may move the first chunk.
        /// </summary>
        public ref WorkItem this[int position] => ref _items[position];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Push(object source, object copy, TypePlan plan, int path, int pathMark, int start = 0)
        {
            ref var item = ref _items.Add();
            item.Source = source;
            item.Copy = copy;
            item.Plan = plan;
            item.Path = path;
            item.PathMark = pathMark;
            item.Start = start;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WorkItem Pop() => _items.RemoveLast();

        public void Clear() => _items.Clear();
    }
}
