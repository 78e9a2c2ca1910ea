using System;
using System.Reflection;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>Whether a struct can hold a reference to an object, in a field of its own or of a struct it holds inline.</summary>
    internal static class StructReferences
    {
        private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        /// <summary>
        /// True when a box of <paramref name="type"/> can lead to another object, so to another box or back to itself.
        /// A string leads nowhere; a pointer is compared by address and never followed.
        /// </summary>
        public static bool CanHoldReference(Type type)
        {
            foreach (var field in type.GetFields(InstanceFields))
            {
                var fieldType = field.FieldType;
                if (fieldType.IsPointer || FunctionPointers.Is(fieldType) || fieldType == typeof(string))
                {
                    continue;
                }

                // A struct cannot hold itself inline, so this ends.
                if (!fieldType.IsValueType || (!fieldType.IsPrimitive && !fieldType.IsEnum && CanHoldReference(fieldType)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
