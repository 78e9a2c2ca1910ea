using System;
using System.Collections;
using System.Reflection;
using System.Reflection.Emit;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Reads a Hashtable's private version counter, which every write bumps. Comparing it before and after a
    /// snapshot detects a writer on another thread exactly as the Hashtable's own enumerator would, without
    /// allocating that enumerator. Null where the field is not found; callers then enumerate instead.
    /// </summary>
    internal static class HashtableVersion
    {
        public static readonly Func<Hashtable, int>? Read = Build();

        private static Func<Hashtable, int>? Build()
        {
            var field = typeof(Hashtable).GetField("_version", BindingFlags.Instance | BindingFlags.NonPublic)
                ?? typeof(Hashtable).GetField("version", BindingFlags.Instance | BindingFlags.NonPublic);
            if (field == null || field.FieldType != typeof(int))
            {
                return null;
            }

            try
            {
                var method = new DynamicMethod("ReadHashtableVersion", typeof(int), new[] { typeof(Hashtable) }, typeof(HashtableVersion).Module, skipVisibility: true);
                var il = method.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, field);
                il.Emit(OpCodes.Ret);
                var read = (Func<Hashtable, int>)method.CreateDelegate(typeof(Func<Hashtable, int>));
                read(new Hashtable());
                return read;
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is PlatformNotSupportedException || ex is InvalidProgramException || ex is FieldAccessException)
            {
                return null;
            }
        }
    }
}
