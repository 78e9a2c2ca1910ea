using System;
using System.Collections;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Copies a Hashtable bucket by bucket: a shallow twin of the source gets a bucket array of its own, and then each
    /// value is replaced by its copy in place. The twin holds the same key objects and the same comparer, so every
    /// stored hash stays right, and it enumerates its keys in the source's order. Nothing is read or written through a
    /// member a subclass can override, so <see cref="HashtableHandler"/> and <see cref="HashtableRebuiltSubclassHandler"/>
    /// share it.
    /// </summary>
    internal static class HashtableBucketCopy
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

        /// <summary>
        /// A shallow twin of <paramref name="source"/> (of its own class, none of whose code runs) with a bucket array of
        /// its own, or null when the table is mostly empty room, the copy would copy a key rather than share it, a writer
        /// is at work, or this runtime's Hashtable is not the one the accessors know. <paramref name="count"/> is the
        /// number of entries as Hashtable itself counts them. A removed entry leaves the table's own bucket array in its
        /// key as a marker; the twin's markers point at the twin's array.
        /// </summary>
        public static Hashtable? TryClone(Hashtable source, int count, DeepCopyContext context)
        {
            var accessors = HashtableBuckets.Current;
            if (accessors == null || ReadVersion == null || count == 0)
            {
                return null;
            }

            // The source's keys are checked before anything is allocated, so a table of other keys costs one short scan.
            var version = ReadVersion(source);
            var buckets = accessors.GetBuckets(source);
            if (buckets.Length > (MaxBucketsPerEntry * (long)count) + BucketAllowance)
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

            var copied = accessors.CloneBuckets(buckets);
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
            var twin = (Hashtable)(source.GetType() == typeof(Hashtable) ? accessors.CopyPlainTable(source) : ShallowCloner.Clone(source));
            if (accessors.IsWriterInProgress(source) || ReadVersion(source) != version)
            {
                // Caught mid-write: the rebuild reads through the enumerator, which reports the writer.
                return null;
            }

            accessors.SetBucketsAndDropViews(twin, copied);
            return twin;
        }

        /// <summary>
        /// Replaces each value of a twin by its copy, in the order the Hashtable's enumerator visits them, then reports a
        /// write to the source since its buckets were taken (from another thread, or from code the copy ran), as the
        /// enumerator of a rebuild would report it: the twin carries the version the source had then.
        /// </summary>
        public static void CopyValues(Hashtable source, Hashtable twin, DeepCopyContext context)
        {
            CopyValuesOf(twin, context);
            if (ReadVersion!(source) != ReadVersion(twin))
            {
                context.ReportSourceChanged(source);
            }
        }

        /// <summary>
        /// Replaces each value of a twin by its copy, with no look at the source since: for a twin taken under a
        /// synchronized wrapper's lock, one moment of the table, which its writers may change afterwards.
        /// </summary>
        public static void CopyValuesOf(Hashtable twin, DeepCopyContext context)
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
