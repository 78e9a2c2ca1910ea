using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Reads a <see cref="List{T}"/>'s private version counter, which every write bumps, so a block copy (which has no
    /// enumerator to notice a writer on another thread) can compare it before and after. Null where the field is not
    /// found or code cannot be generated; callers then enumerate instead.
    /// </summary>
    internal static class ListVersion<T>
    {
        public static readonly Func<List<T>, int>? Read = Build();

        private static Func<List<T>, int>? Build()
        {
            var field = typeof(List<T>).GetField("_version", BindingFlags.Instance | BindingFlags.NonPublic);
            if (field == null || field.FieldType != typeof(int))
            {
                return null;
            }

            try
            {
                var method = new DynamicMethod("ReadListVersion", typeof(int), new[] { typeof(List<T>) }, typeof(ListVersion<T>).Module, skipVisibility: true);
                var il = method.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, field);
                il.Emit(OpCodes.Ret);
                var read = (Func<List<T>, int>)method.CreateDelegate(typeof(Func<List<T>, int>));
                read(new List<T>());
                return read;
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is PlatformNotSupportedException || ex is InvalidProgramException || ex is FieldAccessException)
            {
                return null;
            }
        }
    }
}
