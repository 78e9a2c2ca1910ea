using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="Stack{T}"/> with the same top: elements are pushed bottom first. Paths count from the top.</summary>
    internal sealed class StackHandler<T> : BuiltInHandler<Stack<T>>
    {
        protected override Stack<T> CreateShell(Stack<T> source, DeepCopyContext context) => new Stack<T>(source.Count);

        protected override void Populate(Stack<T> source, Stack<T> shell, DeepCopyContext context)
        {
            // The enumerator, unlike ToArray, throws when another thread changes the stack; that becomes SourceChangedDuringCopy.
            var topFirst = new T[source.Count];
            var count = 0;
            foreach (var item in source)
            {
                context.Tick();
                if (count == topFirst.Length)
                {
                    context.ReportSourceChanged(source);
                }

                topFirst[count++] = item;
            }

            for (var i = count - 1; i >= 0; i--)
            {
                shell.Push(As<T>(context.CopyElement(topFirst[i], i)));
            }
        }
    }
}
