using System;
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
        private WorkItem[] _items;
        private int _count;

        public WorkStack(int capacity = 64)
        {
            _items = new WorkItem[capacity];
        }

        public int Count => _count;

        public int Capacity => _items.Length;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Push(object source, object copy, TypePlan plan, int path)
        {
            if (_count == _items.Length)
            {
                Grow();
            }

            ref var item = ref _items[_count++];
            item.Source = source;
            item.Copy = copy;
            item.Plan = plan;
            item.Path = path;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WorkItem Pop()
        {
            ref var slot = ref _items[--_count];
            var item = slot;
            slot = default;
            return item;
        }

        public void Clear()
        {
            if (_count > 0)
            {
                Array.Clear(_items, 0, _count);
                _count = 0;
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Grow() => Array.Resize(ref _items, _items.Length * 2);
    }
}
