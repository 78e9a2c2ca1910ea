using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a non-generic <see cref="SortedList"/>: its Clone keeps the comparer, then it is emptied and refilled.</summary>
    internal sealed class SortedListHandler : BuiltInHandler<SortedList>
    {
        protected override SortedList CreateShell(SortedList source, DeepCopyContext context)
        {
            var shell = (SortedList)source.Clone();
            shell.Clear();
            return shell;
        }

        protected override void Populate(SortedList source, SortedList shell, DeepCopyContext context) =>
            NonGenericDictionaryFiller.Fill(source, shell, context, addsNewKeys: true);
    }
}
