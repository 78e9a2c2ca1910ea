using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="Queue{T}"/> in dequeue order.</summary>
    internal sealed class QueueHandler<T> : BuiltInHandler<Queue<T>>
    {
        protected override Queue<T> CreateShell(Queue<T> source, DeepCopyContext context) => new Queue<T>(source.Count);

        protected override void Populate(Queue<T> source, Queue<T> shell, DeepCopyContext context)
        {
            var index = 0;
            foreach (var item in source)
            {
                shell.Enqueue(As<T>(context.CopyElement(item, index++)));
            }
        }
    }
}
