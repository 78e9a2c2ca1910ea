using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Copies a <see cref="LinkedListNode{T}"/> reached on its own (a script or a class that keeps a node it added) as a
    /// detached node with a copy of its value. When the node belongs to a list, that list is copied too, and the list's
    /// handler links this very node into the copy (see <see cref="LinkedListNodes{T}"/>), so the node and the list
    /// stay one structure, in whichever order the copy meets them.
    /// </summary>
    internal sealed class LinkedListNodeHandler<T> : BuiltInHandler<LinkedListNode<T>>
    {
        private readonly bool _valueImmutable = AlwaysImmutable(typeof(T));

        protected override LinkedListNode<T> CreateShell(LinkedListNode<T> source, DeepCopyContext context) =>
            new LinkedListNode<T>(_valueImmutable ? source.Value : default!);

        protected override void Populate(LinkedListNode<T> source, LinkedListNode<T> shell, DeepCopyContext context)
        {
            if (!_valueImmutable)
            {
                shell.Value = As<T>(context.CopyMember(source.Value, nameof(LinkedListNode<T>.Value)));
            }

            if (source.List != null)
            {
                context.CopyMember(source.List, nameof(LinkedListNode<T>.List));
            }
        }
    }
}
