using System;
using System.Reflection;
using System.Runtime.InteropServices;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Non-copyable values that hold nothing: a null pointer, an unallocated GC handle. They are the null of a type that
    /// cannot be null, and a null field is never refused (a null delegate or stream copies as null), so these copy as
    /// themselves whatever the NonCopyableAction: there is no address or slot a copy could share.
    /// </summary>
    internal static class EmptyRuntimeValues
    {
        public static bool IsEmpty(object value)
        {
            if (value is Pointer)
            {
                return PointerBoxes.AddressOf(value) == IntPtr.Zero;
            }

            if (value is GCHandle handle)
            {
                return !handle.IsAllocated;
            }

            var type = value.GetType();
            return GcHandleTypes.Is(type) && type.GetProperty("IsAllocated", BindingFlags.Public | BindingFlags.Instance)?.GetValue(value) is false;
        }
    }
}
