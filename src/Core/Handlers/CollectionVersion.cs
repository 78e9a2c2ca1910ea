using System;
using System.Reflection;
using System.Reflection.Emit;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Reads and writes a framework collection's private version counter, which every write bumps. A block copy (which
    /// has no enumerator to notice a writer on another thread) compares it before and after. A rebuilt copy sets it so
    /// a copied enumerator or view of the collection, which holds the version it was made at, is right about the copy:
    /// the source's version where the copy is laid out index for index as the source (<see cref="Carry"/>), or one no
    /// enumerator of the source can hold where it is laid out otherwise (<see cref="MarkRebuilt"/>), so such an
    /// enumerator fails with "Collection was modified" before it reads a slot. Null accessors where the field is not
    /// found or code cannot be generated: callers then enumerate instead, and copies keep the version they were built with.
    /// </summary>
    internal static class CollectionVersion<TCollection>
        where TCollection : class, new()
    {
        // "_version" on .NET Core; .NET Framework's Dictionary, Hashtable and SortedList call it "version".
        private static readonly FieldInfo? Field = FindIntField("_version") ?? FindIntField("version");

        public static readonly Func<TCollection, int>? Read = BuildRead();

        private static readonly Action<TCollection, int>? Write = BuildWrite();

        /// <summary>Gives <paramref name="copy"/>, whose items sit at the source's indices, the source's version.</summary>
        public static void Carry(TCollection source, TCollection copy) => CarryVersionOfItems(ReadWithItems(source), copy);

        /// <summary>
        /// Gives <paramref name="copy"/>, whose layout is not the source's, a version past every one the source has had,
        /// so no enumerator made on the source, and copied with it, takes the copy for the collection it was walking.
        /// </summary>
        public static void MarkRebuilt(TCollection source, TCollection copy)
        {
            if (Read != null && Write != null)
            {
                Write(copy, unchecked(Read(source) + 1));
            }
        }

        /// <summary>
        /// The source's version at the moment its items are read, for a copy made from items read under a lock that other
        /// threads' writers take: read after the lock is let go, a version could be newer than the items the copy holds.
        /// Null where the field cannot be read. (A rebuilt copy's <see cref="MarkRebuilt"/> wants the opposite: the latest
        /// version, read after the copy.)
        /// </summary>
        public static int? ReadWithItems(TCollection source) => Read?.Invoke(source);

        /// <summary><see cref="Carry(TCollection, TCollection)"/> with the version <see cref="ReadWithItems"/> took together with the items.</summary>
        public static void CarryVersionOfItems(int? versionOfItems, TCollection copy)
        {
            if (versionOfItems.HasValue && Write != null)
            {
                Write(copy, versionOfItems.Value);
            }
        }

        private static Func<TCollection, int>? BuildRead()
        {
            if (Field == null)
            {
                return null;
            }

            try
            {
                var method = new DynamicMethod("ReadCollectionVersion", typeof(int), new[] { typeof(TCollection) }, typeof(CollectionVersion<TCollection>).Module, skipVisibility: true);
                var il = method.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, Field);
                il.Emit(OpCodes.Ret);
                var read = (Func<TCollection, int>)method.CreateDelegate(typeof(Func<TCollection, int>));
                read(new TCollection());
                return read;
            }
            catch (Exception ex) when (IsUnavailable(ex))
            {
                return null;
            }
        }

        private static Action<TCollection, int>? BuildWrite()
        {
            if (Field == null)
            {
                return null;
            }

            try
            {
                var method = new DynamicMethod("WriteCollectionVersion", null, new[] { typeof(TCollection), typeof(int) }, typeof(CollectionVersion<TCollection>).Module, skipVisibility: true);
                var il = method.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Stfld, Field);
                il.Emit(OpCodes.Ret);
                var write = (Action<TCollection, int>)method.CreateDelegate(typeof(Action<TCollection, int>));
                write(new TCollection(), 0);
                return write;
            }
            catch (Exception ex) when (IsUnavailable(ex))
            {
                return null;
            }
        }

        private static bool IsUnavailable(Exception ex) =>
            ex is NotSupportedException || ex is PlatformNotSupportedException || ex is InvalidProgramException || ex is FieldAccessException;

        private static FieldInfo? FindIntField(string name)
        {
            var field = typeof(TCollection).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic);
            return field != null && field.FieldType == typeof(int) ? field : null;
        }
    }
}
