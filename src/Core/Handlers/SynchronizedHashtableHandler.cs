using System;
using System.Collections;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Copies what <c>[hashtable]::Synchronized($table)</c> returns as a synchronized wrapper of a faithful copy of the
    /// table it wraps: that table is rebuilt by its own type's handler (<see cref="IWrappedTableRebuilder"/>), so it keeps
    /// its exact type, its own fields and its order (PowerShell's OrderedHashtable), and a user subclass's overrides do not
    /// run, as when it is copied alone. The wrapper's own Clone and CopyTo would forward to the wrapped table's, which a
    /// user subclass may override and OrderedHashtable does not order. Its entries are read in one moment under the lock
    /// the wrapper's writers take, and copied after it is released: as a bucket twin where the table alone would be copied
    /// so (keys the copy shares, what <c>@{}</c> holds), so it lists its keys in its source's order, and else as entries
    /// re-added to an empty table. A table held by other references as well is copied once.
    /// </summary>
    internal sealed class SynchronizedHashtableHandler : DeepCopyHandler
    {
        // Holds, from a wrapper's shell until it is populated, the table this handler made to fill (empty, or a bucket twin
        // whose values are still the source's). A shell wrapping
        // a table copied elsewhere (or by a handler of the user's) has no entry: there is nothing to fill.
        private readonly ShellStates<Hashtable, Pending> _pending = new ShellStates<Hashtable, Pending>();

        private readonly FieldInfo _table;

        private SynchronizedHashtableHandler(FieldInfo table)
        {
            _table = table;
        }

        /// <summary>The framework's private wrapper type, the one Synchronized returns for a Hashtable.</summary>
        public static Type WrapperType { get; } = Hashtable.Synchronized(new Hashtable()).GetType();

        internal override bool InvalidOperationMeansSourceChanged => true;

        /// <summary>The handler, or null where the wrapper keeps its table under another name than .NET's and .NET Framework's.</summary>
        public static SynchronizedHashtableHandler? TryCreate()
        {
            var table = WrapperType.GetField("_table", BindingFlags.Instance | BindingFlags.NonPublic);
            return table != null && table.FieldType == typeof(Hashtable) ? new SynchronizedHashtableHandler(table) : null;
        }

        public override bool CanHandle(Type type) => type == WrapperType;

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var inner = (Hashtable)_table.GetValue(source)!;
            if (context.Map.TryGetValue(inner, out var copied))
            {
                return WrapOrDrop(copied);
            }

            var rebuilder = context.PlanOf(inner.GetType()).Handler as IWrappedTableRebuilder;
            if (rebuilder is null)
            {
                // A handler or policy of the user's for the table's type: it is copied as it would be alone.
                return WrapOrDrop(context.CopyWrapped(inner));
            }

            Hashtable? twin;
            lock (((Hashtable)source).SyncRoot)
            {
                twin = rebuilder.TryCopyBuckets(inner, context);
            }

            if (twin != null)
            {
                return Park(inner, twin, rebuilder, holdsEntries: true, context);
            }

            var empty = rebuilder.CreateEmptyTable(inner);
            if (empty is null)
            {
                // A table this runtime cannot rebuild past its overrides: it is copied as it would be alone, which its own
                // handler reads as it reads a table alone.
                return WrapOrDrop(context.CopyWrapped(inner));
            }

            return Park(inner, empty, rebuilder, holdsEntries: false, context);
        }

        /// <summary>
        /// The wrapper of the table's copy; or null, the wrapper dropped with its table, where a type policy of the table's
        /// type dropped it (Null, or a copier returning null): a wrapper cannot exist without its table, and the engine
        /// populates no null shell (hunt 32).
        /// </summary>
        private static object WrapOrDrop(object? tableCopy) => tableCopy is null ? null! : Hashtable.Synchronized((Hashtable)tableCopy);

        private Hashtable Park(Hashtable inner, Hashtable copy, IWrappedTableRebuilder rebuilder, bool holdsEntries, DeepCopyContext context)
        {
            // Known before the entries are copied, so a value that refers back to the table finds this copy.
            context.Map.Add(inner, copy);
            var shell = Hashtable.Synchronized(copy);
            _pending.Park(shell, new Pending(inner, copy, rebuilder, holdsEntries));
            return shell;
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            var wrapperCopy = (Hashtable)shell;
            var pending = _pending.Take(wrapperCopy);
            if (pending is null)
            {
                return;
            }

            var rebuilder = pending.Rebuilder;
            rebuilder.CopyOwnState(pending.Source, pending.Copy, context);
            if (pending.HoldsEntries)
            {
                // A bucket twin taken under the lock: the table's entries of that moment, their values still the source's.
                HashtableBucketCopy.CopyValuesOf(pending.Copy, context);
                return;
            }

            DictionaryEntry[] entries;
            lock (((Hashtable)source).SyncRoot)
            {
                entries = new DictionaryEntry[rebuilder.CountOf(pending.Source)];
                var reader = rebuilder.ReadEntries(pending.Source);
                var read = 0;
                while (read < entries.Length && reader.MoveNext())
                {
                    entries[read++] = reader.Entry;
                }

                if (read < entries.Length)
                {
                    Array.Resize(ref entries, read);
                }
            }

            for (var position = 0; position < entries.Length; position++)
            {
                CopyEntry(pending, entries[position].Key, entries[position].Value, position, context);
            }

            // Laid out otherwise than the source: an enumerator copied with it must fail rather than resume elsewhere. Read
            // now, after the entries: past every version the table had during the copy, writes by other threads included.
            CollectionVersion<Hashtable>.MarkRebuilt(pending.Source, pending.Copy);
        }

        private static void CopyEntry(Pending pending, object key, object? value, int position, DeepCopyContext context)
        {
            // PERF: string keys, the PowerShell norm, skip the copy-to-completion bookkeeping keys need.
            context.TickInsert();
            var keyCopy = key is string ? key : context.CopyKey(key, position)!;
            pending.Rebuilder.Store(pending.Copy, keyCopy, context.CopyValue(value, key));

            // An entry that added none replaced an earlier key equal to it (no one else writes to the copy). The entries
            // are one moment of the table, so a string key, which the copy shares, cannot come twice.
            if (!(key is string) && pending.Rebuilder.CountOf(pending.Copy) <= position)
            {
                context.ReportKeyCollision(pending.Source, key, position);
            }
        }

        /// <summary>A wrapped table and the copy made for it (empty, or a bucket twin), waiting for the wrapper's Populate.</summary>
        private sealed class Pending
        {
            public Pending(Hashtable source, Hashtable copy, IWrappedTableRebuilder rebuilder, bool holdsEntries)
            {
                Source = source;
                Copy = copy;
                Rebuilder = rebuilder;
                HoldsEntries = holdsEntries;
            }

            public Hashtable Source { get; }

            public Hashtable Copy { get; }

            public IWrappedTableRebuilder Rebuilder { get; }

            /// <summary>True for a bucket twin, which holds the entries already; false for an empty table to fill.</summary>
            public bool HoldsEntries { get; }
        }
    }
}
