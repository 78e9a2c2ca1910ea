using System;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Recognises the struct the C# compiler makes for a fixed buffer (<c>fixed int Buf[8]</c> becomes a nested
    /// <c>&lt;Buf&gt;e__FixedBuffer</c> with one declared field). The length is on the field of the enclosing struct that
    /// holds it, in its [FixedBuffer] attribute: the buffer type itself only has a size.
    /// </summary>
    internal static class FixedBuffers
    {
        /// <summary>The element count of a fixed buffer struct, or 0 for any other type.</summary>
        public static int LengthOf(Type type)
        {
            var owner = type.IsValueType && type.IsNested ? type.DeclaringType : null;
            if (owner is null)
            {
                return 0;
            }

            foreach (var field in owner.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType == type && field.GetCustomAttribute<FixedBufferAttribute>() is FixedBufferAttribute buffer)
                {
                    return buffer.Length;
                }
            }

            return 0;
        }
    }
}
