using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Copies a <see cref="Hashtable"/>. One whose keys the copy shares (strings, what <c>@{}</c> holds, and numbers,
    /// enums, Guids and other values taken as they are, as in <c>$Matches</c>) is copied bucket by bucket
    /// (<see cref="HashtableBucketCopy"/>), so it enumerates its keys in the source's order, which re-adding them does
    /// not give once a table has grown or lost entries, or holds keys of several types (Hashtable.Clone has that flaw).
    /// A table with a key the copy copies, or mostly empty room, is rebuilt with the source's comparer, so every copied
    /// key hashes afresh; its entries are read through the Hashtable's own enumerator, measured faster than a CopyTo snapshot.
    /// A bucket copy keeps the source's version, so an enumerator copied with it resumes at the copied entry; a rebuilt
    /// table lays its entries out otherwise and gets a version no enumerator of the source holds, so such an enumerator
    /// throws "Collection was modified" instead of resuming at another bucket's entries (hunt 33).
    /// </summary>
    internal sealed class HashtableHandler : BuiltInHandler<Hashtable>, IWrappedTableRebuilder
    {
        public Hashtable? TryCopyBuckets(Hashtable source, DeepCopyContext context) => HashtableBucketCopy.TryClone(source, source.Count, context);

        public Hashtable? CreateEmptyTable(Hashtable source) => new Hashtable(source.Count, HashtableComparer.Read(source));

        public IDictionaryEnumerator ReadEntries(Hashtable source) => source.GetEnumerator();

        public int CountOf(Hashtable table) => table.Count;

        public void CopyOwnState(Hashtable source, Hashtable copy, DeepCopyContext context)
        {
            // A Hashtable keeps nothing but its entries and its comparer, which the empty table already has.
        }

        public void Store(Hashtable copy, object key, object? value) => copy[key] = value;

        protected override Hashtable CreateShell(Hashtable source, DeepCopyContext context) =>
            HashtableBucketCopy.TryClone(source, source.Count, context) ?? new Hashtable(source.Count, HashtableComparer.Read(source));

        protected override void Populate(Hashtable source, Hashtable shell, DeepCopyContext context)
        {
            // A rebuilt shell is still empty here; a bucket copy already holds the entries, with the source's values.
            if (shell.Count > 0)
            {
                HashtableBucketCopy.CopyValues(source, shell, context);
            }
            else
            {
                NonGenericDictionaryFiller.Fill(source, shell, context, addsNewKeys: true);

                // Its buckets are not the source's, so an enumerator copied with it must not read them at its old index.
                CollectionVersion<Hashtable>.MarkRebuilt(source, shell);
            }
        }
    }
}
