using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Comparison
{
    /// <summary>Compares pairs by the identity of both members: no Equals or GetHashCode of the user's runs.</summary>
    internal sealed class ReferencePairComparer : IEqualityComparer<ReferencePair>
    {
        public static readonly ReferencePairComparer Instance = new ReferencePairComparer();

        public bool Equals(ReferencePair x, ReferencePair y) =>
            ReferenceEquals(x.Reference, y.Reference) && ReferenceEquals(x.Difference, y.Difference);

        public int GetHashCode(ReferencePair pair) =>
            unchecked((RuntimeHelpers.GetHashCode(pair.Reference) * 397) ^ RuntimeHelpers.GetHashCode(pair.Difference));
    }
}
