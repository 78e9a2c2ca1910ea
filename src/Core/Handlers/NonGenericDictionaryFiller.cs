using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Copies the entries of a non-generic dictionary into an empty one, in the source's enumeration order.</summary>
    internal static class NonGenericDictionaryFiller
    {
        public static void Fill(IDictionary source, IDictionary copy, DeepCopyContext context)
        {
            var expected = source.Count;
            if (expected == 0)
            {
                // Enumerating an OrderedDictionary that was never written to (also the one inside PowerShell's
                // OrderedHashtable) creates its entry list: a write to the source, racing with any other thread that
                // copies it at the same time. An empty dictionary has nothing to copy.
                return;
            }

            var position = 0;
            var entries = source.GetEnumerator();
            while (MoveNext(entries, source, context))
            {
                var key = entries.Key;
                var copiedKey = context.CopyKey(key, position++);
                copy[copiedKey!] = context.CopyValue(entries.Value, key);
            }

            if (copy.Count != expected || source.Count != expected)
            {
                context.ReportSourceChanged(source);
            }
        }

        private static bool MoveNext(IDictionaryEnumerator entries, IDictionary source, DeepCopyContext context)
        {
            try
            {
                return entries.MoveNext();
            }
            catch (System.InvalidOperationException)
            {
                // The enumerator saw a write from another thread; this helper also serves registered handlers.
                context.ReportSourceChanged(source);
                return false;
            }
        }
    }
}
