using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Re-adds the nodes of a <see cref="LinkedList{T}"/> to an empty copy, in order, for the list's handler and its
    /// subclasses' alike. Each source node is recorded against its copy, so a node the graph also holds on its own
    /// resolves to the node in the copied list; one copied first (by <see cref="LinkedListNodeHandler{T}"/>, which makes
    /// it detached) is linked in here instead of a new one.
    /// </summary>
    internal static class LinkedListNodes<T>
    {
        private static readonly System.Func<LinkedList<T>, int>? ReadVersion = CollectionVersion<LinkedList<T>>.Read;

        public static void CopyInto(LinkedList<T> source, LinkedList<T> shell, DeepCopyContext context, bool elementsImmutable)
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

                var copied = elementsImmutable ? node.Value : context.CopyElement(node.Value, index);
                var value = copied is null ? default! : (T)copied;

                // Copying the value may have reached this very node (a value that holds it): then that copy is the one.
                if (!known && !elementsImmutable)
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
