using System;
using System.Reflection;
using System.Reflection.Emit;
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
        // Pointer.Unbox returns a void*, which C# can read only in unsafe code; the address is read in IL instead.
        private static readonly Func<object, IntPtr> AddressOf = BuildAddressOf();

        public static bool IsEmpty(object value)
        {
            if (value is Pointer)
            {
                return AddressOf(value) == IntPtr.Zero;
            }

            if (value is GCHandle handle)
            {
                return !handle.IsAllocated;
            }

            var type = value.GetType();
            return GcHandleTypes.Is(type) && type.GetProperty("IsAllocated", BindingFlags.Public | BindingFlags.Instance)?.GetValue(value) is false;
        }

        private static Func<object, IntPtr> BuildAddressOf()
        {
            var method = new DynamicMethod("DeepCopyPointerAddress", typeof(IntPtr), new[] { typeof(object) }, typeof(EmptyRuntimeValues).Module, skipVisibility: true);
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Call, typeof(Pointer).GetMethod(nameof(Pointer.Unbox), new[] { typeof(object) })!);
            il.Emit(OpCodes.Conv_U);
            il.Emit(OpCodes.Ret);
            return (Func<object, IntPtr>)method.CreateDelegate(typeof(Func<object, IntPtr>));
        }
    }
}
