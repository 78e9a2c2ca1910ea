using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a generic <see cref="SortedList{TKey, TValue}"/> with its comparer. The copy takes the source's version
    /// where its keys sit at the source's indices, and one the source's enumerators cannot hold where they do not
    /// (<see cref="SortedListLayout"/>).
    /// </summary>
    internal sealed class SortedListOfHandler<TKey, TValue> : KeyedCollectionHandler<SortedList<TKey, TValue>, TKey, TValue>
        where TKey : notnull
    {
        // A key of a value type that is not shared is a new value in the copy, with no identity to match it to its source.
        // Shared keys are checked too: the comparer may order them otherwise now (a culture-aware comparer under another
        // current culture, a comparer whose settings changed), and then an enumerator must fail rather than resume elsewhere.
        private static readonly bool KeysMatchable = SlotTypes.AlwaysImmutable(typeof(TKey)) || !typeof(TKey).IsValueType;

        protected override SortedList<TKey, TValue> CreateShell(SortedList<TKey, TValue> source, DeepCopyContext context) =>
            new SortedList<TKey, TValue>(source.Count, source.Comparer);

        protected override void Populate(SortedList<TKey, TValue> source, SortedList<TKey, TValue> shell, DeepCopyContext context)
        {
            base.Populate(source, shell, context);
            if (KeysMatchable && KeysAtSourceIndices(source, shell, context))
            {
                CollectionVersion<SortedList<TKey, TValue>>.Carry(source, shell);
            }
            else
            {
                CollectionVersion<SortedList<TKey, TValue>>.MarkRebuilt(source, shell);
            }
        }

        // Walked with the lists' enumerators, side by side: the Keys property would make and keep a key list in the
        // source, and a copy must leave its source as it found it. Keys of a value type here are shared values (see
        // KeysMatchable), equal in the copy, and boxes of them would have no identity to compare.
        private static bool KeysAtSourceIndices(SortedList<TKey, TValue> source, SortedList<TKey, TValue> copy, DeepCopyContext context)
        {
            if (source.Count != copy.Count)
            {
                return false;
            }

            using var sourceEntries = source.GetEnumerator();
            using var copyEntries = copy.GetEnumerator();
            while (sourceEntries.MoveNext() && copyEntries.MoveNext())
            {
                var sourceKey = sourceEntries.Current.Key;
                var copyKey = copyEntries.Current.Key;
                if (typeof(TKey).IsValueType ? !EqualityComparer<TKey>.Default.Equals(sourceKey, copyKey) : !SortedListLayout.IsCopyOf(sourceKey, copyKey, context))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
