using System.Collections.Generic;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Keys (or set items) that are framework values are found through the other collection's own comparer, whose Equals
    /// ignores what <see cref="ValueEquality"/> does not: a DateTime's Kind, an offset, a decimal's scale, a Uri's fragment,
    /// a zero's sign. A copy whose key 1.00 was found under 1.0 holds another key, printed differently. This pairs each
    /// such reference key found in the difference collection with the difference's keys that Equals calls the same, and
    /// yields the pairs that differ by the strict rules. Only keys of those few types are kept, so string keys cost nothing.
    /// </summary>
    internal sealed class StrictKeyPartners
    {
        private List<object>? _reference;
        private Dictionary<object, List<object>>? _difference;

        /// <summary>A reference key that the difference collection holds by its own comparer.</summary>
        public void AddReference(object? key)
        {
            if (key != null && ValueEquality.IsStricterThanEquals(key.GetType()))
            {
                (_reference ??= new List<object>()).Add(key);
            }
        }

        /// <summary>A key of the difference collection that the reference collection holds by its own comparer.</summary>
        public void AddDifference(object? key)
        {
            if (key is null || _reference is null || !ValueEquality.IsStricterThanEquals(key.GetType()))
            {
                return;
            }

            // Boxed framework values hash and compare by the class library's Equals: the default collections' pairing.
            _difference ??= new Dictionary<object, List<object>>();
            if (!_difference.TryGetValue(key, out var alike))
            {
                _difference.Add(key, alike = new List<object>(1));
            }

            alike.Add(key);
        }

        /// <summary>
        /// Each reference key whose partners by Equals include none equal by the strict rules, with the first partner. A
        /// key found only through a comparer of another kind has no partner and is left to that comparer, as before.
        /// </summary>
        public IEnumerable<KeyValuePair<object, object>> Mismatches()
        {
            if (_reference is null || _difference is null)
            {
                yield break;
            }

            foreach (var key in _reference)
            {
                if (_difference.TryGetValue(key, out var alike) && !HasStrictMatch(key, alike))
                {
                    yield return new KeyValuePair<object, object>(key, alike[0]);
                }
            }
        }

        private static bool HasStrictMatch(object key, List<object> alike)
        {
            foreach (var candidate in alike)
            {
                if (candidate.GetType() == key.GetType() && ValueEquality.AreEqual(key, candidate))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
