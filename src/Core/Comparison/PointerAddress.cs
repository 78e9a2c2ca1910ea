using System;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The address a pointer field holds. Reflection returns it boxed as a System.Reflection.Pointer, a new box per read
    /// that has no equality of its own, so two reads of one address are compared by the address inside.
    /// </summary>
    internal static class PointerAddress
    {
        /// <summary>The address in a boxed pointer, read as the engine reads it (<see cref="PointerBoxes"/>); zero for a null pointer or no box.</summary>
        public static UIntPtr Of(object? boxed) =>
            boxed is null ? UIntPtr.Zero : new UIntPtr(unchecked((ulong)PointerBoxes.AddressOf(boxed).ToInt64()));
    }
}
