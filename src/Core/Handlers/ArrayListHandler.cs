using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds an <see cref="ArrayList"/>. Its read-only and synchronized wrappers are other types, copied field by field.</summary>
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
        }
    }
}
