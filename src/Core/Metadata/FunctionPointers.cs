using System;
using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Recognises function pointers (C# delegate*). A function pointer is the address of code: it never changes and owns
    /// nothing, so the engine copies it as a plain value, like an IntPtr, and an array of them by a block clone.
    /// </summary>
    /// <remarks>
    /// From .NET 8 on, a function-pointer field's FieldType is a type of its own (Type.IsFunctionPointer). That type
    /// reports itself as a class, yet its values are native ints: code that treated it as a reference read an address
    /// as an object, and it cannot be a generic argument, so asking an array of them for its interfaces throws.
    /// Type.IsFunctionPointer is missing from netstandard2.0 and from older runtimes, so it is found by reflection once;
    /// where it is missing, the runtime reports such a field as IntPtr, which is already copied as a value.
    /// </remarks>
    internal static class FunctionPointers
    {
        private static readonly Func<Type, bool>? IsFunctionPointerGetter = BindGetter();

        /// <summary>True for a function-pointer type (delegate*), on runtimes that give it a type of its own.</summary>
        public static bool Is(Type type) => IsFunctionPointerGetter != null && IsFunctionPointerGetter(type);

        /// <summary>True for an array, of any rank, whose elements are function pointers.</summary>
        public static bool IsArrayOf(Type type) => type.IsArray && Is(type.GetElementType()!);

        private static Func<Type, bool>? BindGetter()
        {
            var getter = typeof(Type).GetProperty("IsFunctionPointer", BindingFlags.Public | BindingFlags.Instance)?.GetGetMethod();
            return getter is null || getter.ReturnType != typeof(bool)
                ? null
                : (Func<Type, bool>)Delegate.CreateDelegate(typeof(Func<Type, bool>), getter);
        }
    }
}
