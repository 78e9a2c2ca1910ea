using System;
using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Fills an empty Hashtable subclass of the user's with copies of its source's entries, reading and writing both
    /// through Hashtable's own members (<see cref="HashtableOwnMembers"/>): the entries come from where Hashtable stores
    /// them, whatever an override of GetEnumerator or Count shows, and each goes in through Hashtable's own indexer, so an
    /// indexer override (one that drops nulls, say) neither runs nor loses an entry.
    /// </summary>
    internal static class HashtableOwnFiller
    {
        public static void Fill(Hashtable source, Hashtable copy, DeepCopyContext context, HashtableOwnMembers own)
        {
            var expected = own.Count(source);
            if (expected == 0)
            {
                return;
            }

            var position = 0;
            try
            {
                var entries = own.GetEnumerator(source);
                while (entries.MoveNext())
                {
                    // PERF: string keys, the PowerShell norm, are shared, and skip the bookkeeping copied keys need.
                    context.TickInsert();
                    var key = entries.Key;
                    var keyCopy = key is string ? key : context.CopyKey(key, position)!;
                    own.SetItem(copy, keyCopy, context.CopyValue(entries.Value, key));
                    if (own.Count(copy) <= position)
                    {
                        // No one else writes to the copy: an entry that added none replaced an earlier key equal to it. A
                        // shared string key cannot collide, so one that came twice means a writer changed the source.
                        if (key is string)
                        {
                            context.ReportSourceChanged(source);
                        }
                        else
                        {
                            context.ReportKeyCollision(source, key, position);
                        }
                    }

                    position++;
                }
            }
            catch (InvalidOperationException ex) when (Engine.CopyErrors.IsCollectionChanged(ex))
            {
                // Hashtable's enumerator saw a write from another thread. Failures of nested copies arrive here already
                // wrapped as DeepCopyException.
                context.ReportSourceChanged(source);
            }

            if (own.Count(copy) != expected || own.Count(source) != expected)
            {
                context.ReportSourceChanged(source);
            }
        }
    }
}
