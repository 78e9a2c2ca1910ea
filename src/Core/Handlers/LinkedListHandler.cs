using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="LinkedList{T}"/> node by node, in order (<see cref="LinkedListNodes{T}"/>).</summary>
    internal sealed class LinkedListHandler<T> : BuiltInHandler<LinkedList<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        protected override LinkedList<T> CreateShell(LinkedList<T> source, DeepCopyContext context) => new LinkedList<T>();

        protected override void Populate(LinkedList<T> source, LinkedList<T> shell, DeepCopyContext context) =>
            LinkedListNodes<T>.CopyInto(source, shell, context, _elementsImmutable);
    }
}
