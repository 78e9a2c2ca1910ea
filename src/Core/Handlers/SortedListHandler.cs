using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a non-generic <see cref="SortedList"/>: its Clone keeps the comparer, then it is emptied and refilled.
    /// The copy takes the source's version where its keys sit at the source's indices, and one the source's enumerators
    /// cannot hold where they do not (<see cref="SortedListLayout"/>).
    /// </summary>
    internal sealed class SortedListHandler : BuiltInHandler<SortedList>
    {
        protected override SortedList CreateShell(SortedList source, DeepCopyContext context)
        {
            var shell = (SortedList)source.Clone();
            shell.Clear();
            return shell;
        }

        protected override void Populate(SortedList source, SortedList shell, DeepCopyContext context)
        {
            NonGenericDictionaryFiller.Fill(source, shell, context, addsNewKeys: true);
            if (source.Count == shell.Count && SortedListLayout.KeysAtSourceIndices(source.Count, source.GetKey, shell.GetKey, context))
            {
                CollectionVersion<SortedList>.Carry(source, shell);
            }
            else
            {
                CollectionVersion<SortedList>.MarkRebuilt(source, shell);
            }
        }
    }
}
