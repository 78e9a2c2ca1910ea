namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// One element of a PriorityQueue as a key of its <see cref="PriorityQueueCompareAdapter"/> view, whose value is the
    /// element's priority. A queue may hold equal elements, which a dictionary cannot hold as keys; each is a key of its
    /// own here. The key hashes by identity, so the comparer matches keys by structure, one to one, pairing equal
    /// elements first with one of equal priority: the pairs are compared as a multiset. Paths and messages write the
    /// element itself (<c>$.Items['b']</c>).
    /// </summary>
    internal sealed class PriorityQueueElement
    {
        public PriorityQueueElement(object? element)
        {
            Element = element;
        }

        public object? Element { get; }
    }
}
