using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Comparison
{
    /// <summary>Object identity as an equality comparer (netstandard2.0 has no ReferenceEqualityComparer).</summary>
    internal sealed class ReferenceIdentityComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceIdentityComparer Instance = new ReferenceIdentityComparer();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object value) => RuntimeHelpers.GetHashCode(value);
    }
}
