using System;
using System.Reflection;
using System.Reflection.Emit;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Reads a framework collection's private version counter, which every write bumps, so a block copy (which has no
    /// enumerator to notice a writer on another thread) can compare it before and after. Null where the field is not
    /// found or code cannot be generated; callers then enumerate instead.
    /// </summary>
    internal static class CollectionVersion<TCollection>
        where TCollection : class, new()
    {
        public static readonly Func<TCollection, int>? Read = Build();

        private static Func<TCollection, int>? Build()
        {
            // "_version" on .NET Core; .NET Framework's Dictionary calls it "version".
            var field = FindIntField("_version") ?? FindIntField("version");
            if (field == null)
            {
                return null;
            }

            try
            {
                var method = new DynamicMethod("ReadCollectionVersion", typeof(int), new[] { typeof(TCollection) }, typeof(CollectionVersion<TCollection>).Module, skipVisibility: true);
                var il = method.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, field);
                il.Emit(OpCodes.Ret);
                var read = (Func<TCollection, int>)method.CreateDelegate(typeof(Func<TCollection, int>));
                read(new TCollection());
                return read;
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is PlatformNotSupportedException || ex is InvalidProgramException || ex is FieldAccessException)
            {
                return null;
            }
        }

        private static FieldInfo? FindIntField(string name)
        {
            var field = typeof(TCollection).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic);
            return field != null && field.FieldType == typeof(int) ? field : null;
        }
    }
}
