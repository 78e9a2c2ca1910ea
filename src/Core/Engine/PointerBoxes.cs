using System;
using System.Reflection;
using System.Reflection.Emit;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Reads and makes boxed pointers (<see cref="Pointer"/>) without unsafe code: Pointer.Box and Unbox take and return a
    /// void*, which C# can name only in unsafe code, so both are called from IL.
    /// </summary>
    internal static class PointerBoxes
    {
        private static readonly Type VoidPointer = typeof(void).MakePointerType();

        private static readonly Func<object, IntPtr> Unbox = BuildUnbox();

        private static readonly Func<IntPtr, Type, object> Box = BuildBox();

        public static IntPtr AddressOf(object pointer) => Unbox(pointer);

        /// <summary>A function pointer's address as a boxed void*, so that it meets the rule for unmanaged pointers.</summary>
        public static object BoxAddress(IntPtr address) => Box(address, VoidPointer);

        private static Func<object, IntPtr> BuildUnbox()
        {
            var method = new DynamicMethod("DeepCopyPointerAddress", typeof(IntPtr), new[] { typeof(object) }, typeof(PointerBoxes).Module, skipVisibility: true);
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Call, typeof(Pointer).GetMethod(nameof(Pointer.Unbox), new[] { typeof(object) })!);
            il.Emit(OpCodes.Conv_U);
            il.Emit(OpCodes.Ret);
            return (Func<object, IntPtr>)method.CreateDelegate(typeof(Func<object, IntPtr>));
        }

        private static Func<IntPtr, Type, object> BuildBox()
        {
            var method = new DynamicMethod("DeepCopyPointerBox", typeof(object), new[] { typeof(IntPtr), typeof(Type) }, typeof(PointerBoxes).Module, skipVisibility: true);
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Call, typeof(Pointer).GetMethod(nameof(Pointer.Box), new[] { VoidPointer, typeof(Type) })!);
            il.Emit(OpCodes.Ret);
            return (Func<IntPtr, Type, object>)method.CreateDelegate(typeof(Func<IntPtr, Type, object>));
        }
    }
}
