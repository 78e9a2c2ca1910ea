using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Copies the entries of a non-generic dictionary into an empty one, in the source's enumeration order.</summary>
    internal static class NonGenericDictionaryFiller
    {
        public static void Fill(IDictionary source, IDictionary copy, DeepCopyContext context)
        {
            var expected = source.Count;
            var position = 0;
            var entries = source.GetEnumerator();
            while (entries.MoveNext())
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
    }
}
