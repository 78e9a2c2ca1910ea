using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a non-generic <see cref="Queue"/> in dequeue order.</summary>
    internal sealed class NonGenericQueueHandler : BuiltInHandler<Queue>
    {
        protected override Queue CreateShell(Queue source, DeepCopyContext context) => new Queue(source.Count);

        protected override void Populate(Queue source, Queue shell, DeepCopyContext context)
        {
            var index = 0;
            foreach (var item in source)
            {
                shell.Enqueue(context.CopyElement(item, index++));
            }
        }
    }
}
