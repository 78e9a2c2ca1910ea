using System;
using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="Hashtable"/> with the source's comparer, so <c>@{}</c> stays case-insensitive and every key hashes afresh.</summary>
    internal sealed class HashtableHandler : BuiltInHandler<Hashtable>
    {
        protected override Hashtable CreateShell(Hashtable source, DeepCopyContext context) =>
            new Hashtable(source.Count, HashtableComparer.Read(source));

        protected override void Populate(Hashtable source, Hashtable shell, DeepCopyContext context)
        {
            var readVersion = HashtableVersion.Read;
            if (readVersion == null)
            {
                NonGenericDictionaryFiller.Fill(source, shell, context);
                return;
            }

            // PERF: snapshot into a reused buffer instead of allocating an enumerator; the version check before and
            // after gives the same "changed while copying" guarantee the enumerator would.
            var version = readVersion(source);
            var count = source.Count;
            var entries = context.EntryBuffers.Rent(count);
            try
            {
                CopySnapshot(source, entries, context);
                if (readVersion(source) != version)
                {
                    context.ReportSourceChanged(source);
                }

                for (var i = 0; i < count; i++)
                {
                    var key = entries[i].Key;
                    shell[context.CopyKey(key, i)!] = context.CopyValue(entries[i].Value, key);
                }

                // Also a write while the entries were being copied, as the enumerator would have reported.
                if (readVersion(source) != version)
                {
                    context.ReportSourceChanged(source);
                }
            }
            finally
            {
                context.EntryBuffers.Return(entries, count);
            }

            EnsureSameCount(count, shell.Count, source, context);
        }

        private static void CopySnapshot(Hashtable source, DictionaryEntry[] entries, DeepCopyContext context)
        {
            try
            {
                source.CopyTo(entries, 0);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is IndexOutOfRangeException)
            {
                // The table grew past the buffer between Count and CopyTo (caught by CopyTo's check, or by the array's
                // bounds when the growth came during the copy): another thread is writing to it.
                context.ReportSourceChanged(source);
            }
        }
    }
}
