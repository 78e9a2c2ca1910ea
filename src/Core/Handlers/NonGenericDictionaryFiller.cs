using System;
using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Copies the entries of a non-generic dictionary into an empty one, in the source's enumeration order.</summary>
    internal static class NonGenericDictionaryFiller
    {
        /// <summary>Fills <paramref name="copy"/>, setting each entry through its indexer.</summary>
        public static void Fill(IDictionary source, IDictionary copy, DeepCopyContext context) => Fill(source, copy, context, addsNewKeys: false);

        /// <summary>
        /// Fills <paramref name="copy"/>. With <paramref name="addsNewKeys"/>, string keys go in through Add: for the
        /// framework's own dictionaries (whose Add and indexer differ only on a key already present) that hashes each key
        /// once, where the indexer looks it up first and then adds it. Subclasses keep the indexer they may override.
        /// </summary>
        public static void Fill(IDictionary source, IDictionary copy, DeepCopyContext context, bool addsNewKeys)
        {
            var expected = source.Count;
            if (expected == 0)
            {
                // Enumerating an OrderedDictionary that was never written to (also the one inside PowerShell's
                // OrderedHashtable) creates its entry list: a write to the source, racing with any other thread that
                // copies it at the same time. An empty dictionary has nothing to copy.
                return;
            }

            if (source.IsSynchronized)
            {
                FillFromSnapshot(source, copy, context, addsNewKeys);
                return;
            }

            var position = 0;
            var entries = source.GetEnumerator();
            try
            {
                while (entries.MoveNext())
                {
                    CopyEntry(source, entries.Key, entries.Value, position++, copy, context, addsNewKeys);
                }
            }
            catch (InvalidOperationException ex) when (Engine.CopyErrors.IsCollectionChanged(ex))
            {
                // The enumerator saw a write from another thread. Failures of nested copies arrive here already
                // wrapped as DeepCopyException, so this is the source changing; the helper also serves registered handlers.
                context.ReportSourceChanged(source);
            }

            if (copy.Count != expected || source.Count != expected)
            {
                context.ReportSourceChanged(source);
            }
        }

        /// <summary>
        /// A synchronized wrapper (<c>[hashtable]::Synchronized(@{})</c>, which scripts share between runspaces) is
        /// written under its SyncRoot, so its entries are read under that lock too: one whole moment of it, however busy
        /// its writers. Only the entries are taken under the lock; copying them runs after it is released.
        /// </summary>
        private static void FillFromSnapshot(IDictionary source, IDictionary copy, DeepCopyContext context, bool addsNewKeys)
        {
            DictionaryEntry[] entries;
            lock (source.SyncRoot)
            {
                entries = new DictionaryEntry[source.Count];
                source.CopyTo(entries, 0);
            }

            for (var position = 0; position < entries.Length; position++)
            {
                CopyEntry(source, entries[position].Key, entries[position].Value, position, copy, context, addsNewKeys);
            }
        }

        private static void CopyEntry(IDictionary source, object key, object? value, int position, IDictionary copy, DeepCopyContext context, bool addsNewKeys)
        {
            // PERF: string keys, the PowerShell norm, skip the copy-to-completion bookkeeping keys need, so the
            // insert is counted here rather than by CopyKey.
            context.TickInsert();
            if (key is string)
            {
                var valueCopy = context.CopyValue(value, key);
                if (addsNewKeys)
                {
                    AddNew(source, key, valueCopy, copy, context);
                }
                else
                {
                    copy[key] = valueCopy;
                }

                return;
            }

            copy[context.CopyKey(key, position)!] = context.CopyValue(value, key);

            // A shared string key cannot collide, a copied key can: an entry that added none replaced an earlier key
            // equal to it (no one else writes to the copy).
            if (copy.Count <= position)
            {
                context.ReportKeyCollision(source, key, position);
            }
        }

        private static void AddNew(IDictionary source, object key, object? value, IDictionary copy, DeepCopyContext context)
        {
            try
            {
                copy.Add(key, value);
            }
            catch (ArgumentException) when (copy.Contains(key))
            {
                // A string key the copy already holds came twice from the source: another thread wrote to it. (The
                // indexer would have replaced the entry and the count check reported the same.)
                context.ReportSourceChanged(source);
            }
        }
    }
}
