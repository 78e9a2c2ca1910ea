using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a non-generic <see cref="Stack"/> with the same top. Paths count from the top.</summary>
    internal sealed class NonGenericStackHandler : BuiltInHandler<Stack>
    {
        protected override Stack CreateShell(Stack source, DeepCopyContext context) => new Stack(source.Count);

        protected override void Populate(Stack source, Stack shell, DeepCopyContext context)
        {
            var topFirst = source.ToArray();
            for (var i = topFirst.Length - 1; i >= 0; i--)
            {
                shell.Push(context.CopyElement(topFirst[i], i));
            }
        }
    }
}
