using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// A handler that can rebuild a Hashtable of its type in two steps, so <see cref="SynchronizedHashtableHandler"/> can
    /// copy the table a synchronized wrapper guards as it would be copied alone (exact type, own fields, order, past a
    /// user's overrides) while reading its entries in one moment under the wrapper's lock, and copying them after. A
    /// table its type's handler copies bucket by bucket when alone is copied so here too, so it keeps its order.
    /// </summary>
    internal interface IWrappedTableRebuilder
    {
        /// <summary>
        /// The bucket twin the table would get alone (<see cref="HashtableBucketCopy.TryClone"/>), its values still the
        /// source's, or null where it would be rebuilt. Called under the wrapper's lock, so it runs no user code.
        /// </summary>
        Hashtable? TryCopyBuckets(Hashtable source, DeepCopyContext context);

        /// <summary>An empty table of <paramref name="source"/>'s exact type and key comparison, or null when this one cannot have it.</summary>
        Hashtable? CreateEmptyTable(Hashtable source);

        /// <summary>The entries as the table stores them, in its own order. Called under the wrapper's lock, so it runs no user code.</summary>
        IDictionaryEnumerator ReadEntries(Hashtable source);

        /// <summary>The number of entries <paramref name="table"/> holds, as its storage counts them.</summary>
        int CountOf(Hashtable table);

        /// <summary>Deep-copies what the table's class keeps besides its entries (a user subclass's own fields).</summary>
        void CopyOwnState(Hashtable source, Hashtable copy, DeepCopyContext context);

        /// <summary>Stores an entry in the copy, replacing one of an equal key, without running a user's override.</summary>
        void Store(Hashtable copy, object key, object? value);
    }
}
