using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>Compares by reference, so no Equals or GetHashCode of the user's runs (netstandard2.0 has no ReferenceEqualityComparer).</summary>
    internal sealed class ReferenceIdentityComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceIdentityComparer Instance = new ReferenceIdentityComparer();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
