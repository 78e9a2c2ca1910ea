using System.Collections.Specialized;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// NameValueCollection and the other NameObjectCollectionBase types: they enumerate only their keys, so comparing
    /// them as collections missed every value. They are compared like ordered dictionaries: by key through each one's
    /// comparer, the values under each key, and the order of the keys, which the collection keeps (GetKey(0)).
    /// </summary>
    internal sealed partial class CompareWalker
    {
        private void CompareNameObjects(object reference, object difference, ComparePlan plan, int path)
        {
            CompareComparers(reference, difference, plan, path);
            var referenceComparer = plan.ReadComparer?.Invoke(reference);
            var referenceEntries = NameObjectEntries.Read((NameObjectCollectionBase)reference, referenceComparer);
            var differenceEntries = NameObjectEntries.Read((NameObjectCollectionBase)difference, plan.ReadComparer?.Invoke(difference));

            // Every key is a string or null, a leaf: it is looked up, never matched by structure.
            CompareEntries(
                referenceEntries.Entries,
                differenceEntries.Entries,
                referenceEntries,
                differenceEntries,
                (entries, key) => ((NameObjectEntries)entries).Contains(key),
                (entries, key) => ((NameObjectEntries)entries).ValueOf(key),
                path);

            var firstMismatch = KeyOrder.FirstMismatch(referenceEntries.Keys, differenceEntries.Keys, differenceEntries.Contains, referenceEntries.Contains, referenceComparer, ref _countdown, out var expected, out var found);
            if (firstMismatch >= 0)
            {
                ReportAt(DeepDifferenceKind.OrderDifferent, path, expected, found, DifferenceMessages.KeyOrder(firstMismatch, expected, found));
            }
        }
    }
}
