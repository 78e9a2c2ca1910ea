using System;
using System.Collections;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Copies a <see cref="Hashtable"/>. One whose keys the copy shares (strings, what <c>@{}</c> holds, and numbers,
    /// enums, Guids and other values taken as they are, as in <c>$Matches</c>) is copied bucket by bucket: the copy
    /// holds the same key objects and the same comparer, so every stored hash stays right, and it enumerates its keys
    /// in the source's order, which re-adding them does not give once a table has grown or lost entries, or holds keys
    /// of several types (Hashtable.Clone has that flaw). A table with a key the copy copies, or mostly empty room, is
    /// rebuilt with the source's comparer, so every copied key hashes afresh; its entries are read through the Hashtable's own enumerator,
    /// measured faster than a CopyTo snapshot.
    /// </summary>
    internal sealed class HashtableHandler : BuiltInHandler<Hashtable>
    {
        private static readonly Func<Hashtable, int>? ReadVersion = CollectionVersion<Hashtable>.Read;

        /// <summary>
        /// Buckets a table may have per entry, plus a small allowance, for its buckets to be copied. A Hashtable never
        /// shrinks its bucket array, so one made with room for a million keys, or emptied after holding them, would cost
        /// (and keep alive in the copy) the whole array for the few keys left. A table that grew by itself has 1.4 to 2.8
        /// buckets an entry; one below a quarter full is rebuilt at the size of what it holds.
        /// </summary>
        private const int MaxBucketsPerEntry = 4;
        private const int BucketAllowance = 64;

        protected override Hashtable CreateShell(Hashtable source, DeepCopyContext context) =>
            TryCloneBuckets(source, context) ?? new Hashtable(source.Count, HashtableComparer.Read(source));

        protected override void Populate(Hashtable source, Hashtable shell, DeepCopyContext context)
        {
            // A rebuilt shell is still empty here; a bucket copy already holds the entries, with the source's values.
            if (shell.Count > 0)
            {
                CopyValues(shell, context);

                // The twin carries the version the source had when its buckets were taken; a write since (from another
                // thread, or from code the copy ran) is reported, as the enumerator of the rebuild would report it.
                if (ReadVersion!(source) != ReadVersion(shell))
                {
                    context.ReportSourceChanged(source);
                }
            }
            else
            {
                NonGenericDictionaryFiller.Fill(source, shell, context, addsNewKeys: true);
            }
        }

        /// <summary>
        /// A shallow twin of <paramref name="source"/> with a bucket array of its own, or null when the table is mostly
        /// empty room, the copy would copy a key rather than share it, a writer is at work, or this runtime's Hashtable is
        /// not the one the accessors know. A removed entry leaves the
        /// table's own bucket array in its key as a marker; the twin's markers point at the twin's array.
        /// </summary>
        private static Hashtable? TryCloneBuckets(Hashtable source, DeepCopyContext context)
        {
            var accessors = HashtableBuckets.Current;
            if (accessors == null || ReadVersion == null || source.Count == 0)
            {
                return null;
            }

            // The source's keys are checked before anything is allocated, so a table of other keys costs one short scan.
            var version = ReadVersion(source);
            var buckets = accessors.GetBuckets(source);
            if (buckets.Length > (MaxBucketsPerEntry * (long)source.Count) + BucketAllowance)
            {
                return null;
            }

            var hasMarkers = false;
            for (var index = 0; index < buckets.Length; index++)
            {
                context.Tick();
                var key = accessors.GetKey(buckets, index);
                if (ReferenceEquals(key, buckets))
                {
                    hasMarkers = true;
                }
                else if (key != null && !(key is string) && !context.IsTakenAsIs(key))
                {
                    return null;
                }
            }

            var copied = (Array)buckets.Clone();
            if (hasMarkers)
            {
                for (var index = 0; index < copied.Length; index++)
                {
                    context.Tick();
                    if (ReferenceEquals(accessors.GetKey(copied, index), buckets))
                    {
                        accessors.SetKey(copied, index, copied);
                    }
                }
            }

            // Cloned after the buckets: an unchanged version at the end means the twin's counts and version match them.
            var twin = (Hashtable)ShallowCloner.Clone(source);
            if (accessors.IsWriterInProgress(source) || ReadVersion(source) != version)
            {
                // Caught mid-write: the rebuild reads through the enumerator, which reports the writer.
                return null;
            }

            accessors.SetBucketsAndDropViews(twin, copied);
            return twin;
        }

        /// <summary>Replaces each value of a bucket copy by its copy, in the order the Hashtable's enumerator visits them.</summary>
        private static void CopyValues(Hashtable twin, DeepCopyContext context)
        {
            var accessors = HashtableBuckets.Current!;
            var buckets = accessors.GetBuckets(twin);
            for (var index = buckets.Length - 1; index >= 0; index--)
            {
                // Empty buckets (no key), removed entries (the bucket array as their key) and null values skip
                // CopyValue, which would count them.
                context.Tick();
                var key = accessors.GetKey(buckets, index);
                var value = key != null && !ReferenceEquals(key, buckets) ? accessors.GetValue(buckets, index) : null;
                if (value != null)
                {
                    var copy = context.CopyValue(value, key);
                    if (!ReferenceEquals(copy, value))
                    {
                        accessors.SetValue(buckets, index, copy);
                    }
                }
            }
        }
    }
}
