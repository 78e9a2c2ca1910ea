using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a non-generic <see cref="Stack"/> with the same top. Paths count from the top.</summary>
    internal sealed class NonGenericStackHandler : BuiltInHandler<Stack>
    {
        protected override Stack CreateShell(Stack source, DeepCopyContext context) => new Stack(source.Count);

        protected override void Populate(Stack source, Stack shell, DeepCopyContext context)
        {
            // The enumerator, unlike ToArray, throws when another thread changes the stack; that becomes SourceChangedDuringCopy.
            var topFirst = new object?[source.Count];
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
                shell.Push(context.CopyElement(topFirst[i], i));
            }
        }
    }
}
