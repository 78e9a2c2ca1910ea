using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds an <see cref="ArrayList"/>. Its read-only and synchronized wrappers are other types, copied field by field.
    /// The copy holds each item at the source's index and is given the source's private version (hunt 33), so what was
    /// made over the list and is copied with it works on the copy: an enumerator (PowerShell's <c>$input</c> is one)
    /// resumes at the copied item, and a GetRange view reads the copied items instead of failing as invalid.
    /// </summary>
    internal sealed class ArrayListHandler : BuiltInHandler<ArrayList>
    {
        protected override ArrayList CreateShell(ArrayList source, DeepCopyContext context) => new ArrayList(source.Count);

        protected override void Populate(ArrayList source, ArrayList shell, DeepCopyContext context)
        {
            var index = 0;
            foreach (var item in source)
            {
                shell.Add(context.CopyElement(item, index++));
            }

            CollectionVersion<ArrayList>.Carry(source, shell);
        }
    }
}
