using System;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>Reads the elements of an array of function pointers, which Array.GetValue cannot read.</summary>
    internal static class FunctionPointerElements
    {
        /// <summary>(array, indices) => the element at those indices, as the address it holds (an IntPtr).</summary>
        public static Func<Array, int[], object?> BuildReadAddressAt(Type arrayType)
        {
            // Every array type has a runtime method Get(indices); called through reflection it returns a function pointer as an IntPtr.
            var get = arrayType.GetMethod("Get", BindingFlags.Public | BindingFlags.Instance)!;
            return (array, indices) =>
            {
                var arguments = new object[indices.Length];
                for (var i = 0; i < indices.Length; i++)
                {
                    arguments[i] = indices[i];
                }

                return get.Invoke(array, arguments);
            };
        }
    }
}
