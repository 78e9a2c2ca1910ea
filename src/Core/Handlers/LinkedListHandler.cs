using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a <see cref="LinkedList{T}"/> node by node, in order. Each source node is recorded against its copy, so a
    /// node the graph also holds on its own resolves to the node in the copied list; one copied first (by
    /// <see cref="LinkedListNodeHandler{T}"/>) is linked in here instead of a new one.
    /// </summary>
    internal sealed class LinkedListHandler<T> : BuiltInHandler<LinkedList<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        protected override LinkedList<T> CreateShell(LinkedList<T> source, DeepCopyContext context) => new LinkedList<T>();

        private static readonly System.Func<LinkedList<T>, int>? ReadVersion = CollectionVersion<LinkedList<T>>.Read;

        protected override void Populate(LinkedList<T> source, LinkedList<T> shell, DeepCopyContext context)
        {
            var expected = source.Count;
            var version = ReadVersion?.Invoke(source);
            var index = 0;
            for (var node = source.First; node != null && index < expected; node = node.Next, index++)
            {
                context.Tick();
                var known = context.Map.TryGetValue(node, out var existing);
                if (existing is LinkedListNode<T> early && early.List == null)
                {
                    shell.AddLast(early);
                    continue;
                }

                var value = _elementsImmutable ? node.Value : As<T>(context.CopyElement(node.Value, index));

                // Copying the value may have reached this very node (a value that holds it): then that copy is the one.
                if (!known && !_elementsImmutable)
                {
                    known = context.Map.TryGetValue(node, out existing);
                }

                if (existing is LinkedListNode<T> reached && reached.List == null)
                {
                    reached.Value = value;
                    shell.AddLast(reached);
                }
                else if (known)
                {
                    shell.AddLast(value);
                }
                else
                {
                    context.Map.Add(node, shell.AddLast(value));
                }
            }

            // Walking the nodes has no enumerator to notice a writer, so the list's version is compared instead.
            if (shell.Count != expected || (version != null && ReadVersion!(source) != version))
            {
                context.ReportSourceChanged(source);
            }
        }
    }
}
