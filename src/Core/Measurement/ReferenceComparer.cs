using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Measurement
{
    /// <summary>Compares objects by reference only, so no user Equals or GetHashCode runs while a graph is walked.</summary>
    internal sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new ReferenceComparer();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
