using System;
using System.Collections;
using System.Reflection;
using System.Reflection.Emit;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Generated accessors for a <see cref="Hashtable"/>'s private bucket array: the array itself, and the key and value of
    /// one bucket (an array of a private struct, so reached with ldelema). Bound once, against the exact set of fields
    /// .NET's Hashtable has; on any other layout (.NET Framework names its fields differently) or where code cannot be
    /// generated, <see cref="Current"/> is null and Hashtables are rebuilt entry by entry instead.
    /// </summary>
    internal sealed class HashtableBuckets
    {
        private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

        // Every field of .NET's Hashtable; the copy keeps all of them but the bucket array and the two lazy views.
        private static readonly string[] KnownFields =
        {
            "_buckets", "_count", "_occupancy", "_loadsize", "_loadFactor", "_version", "_isWriterInProgress", "_keys", "_values", "_keycomparer",
        };

        private HashtableBuckets(
            Func<Hashtable, Array> getBuckets,
            Action<Hashtable, Array> setBucketsAndDropViews,
            Func<Hashtable, bool> isWriterInProgress,
            Func<Array, int, object?> getKey,
            Func<Array, int, object?> getValue,
            Action<Array, int, object?> setKey,
            Action<Array, int, object?> setValue)
        {
            GetBuckets = getBuckets;
            SetBucketsAndDropViews = setBucketsAndDropViews;
            IsWriterInProgress = isWriterInProgress;
            GetKey = getKey;
            GetValue = getValue;
            SetKey = setKey;
            SetValue = setValue;
        }

        /// <summary>The accessors for this runtime, or null where the layout is unknown or code cannot be generated.</summary>
        public static HashtableBuckets? Current { get; } = Bind();

        public Func<Hashtable, Array> GetBuckets { get; }

        /// <summary>Gives a table a bucket array and forgets its Keys and Values views, which belong to the table they were read from.</summary>
        public Action<Hashtable, Array> SetBucketsAndDropViews { get; }

        public Func<Hashtable, bool> IsWriterInProgress { get; }

        public Func<Array, int, object?> GetKey { get; }

        public Func<Array, int, object?> GetValue { get; }

        public Action<Array, int, object?> SetKey { get; }

        public Action<Array, int, object?> SetValue { get; }

        /// <summary>A bucket array's copy, made as a new typed array rather than by Array.Clone (see <see cref="Engine.VectorCloner"/>).</summary>
        public Func<Array, Array> CloneBuckets { get; private set; } = source => (Array)source.Clone();

        /// <summary>
        /// A shallow twin of a table of exactly <see cref="Hashtable"/>: every field copied by generated code rather than
        /// by MemberwiseClone, whose general allocator is the slower way to make a small object.
        /// </summary>
        public Func<object, object> CopyPlainTable { get; private set; } = Engine.ShallowCloner.Clone;

        private static HashtableBuckets? Bind()
        {
            var fields = typeof(Hashtable).GetFields(InstanceFields);
            if (fields.Length != KnownFields.Length || Array.Exists(fields, field => Array.IndexOf(KnownFields, field.Name) < 0))
            {
                return null;
            }

            var buckets = typeof(Hashtable).GetField("_buckets", InstanceFields)!;
            var bucketType = buckets.FieldType.GetElementType();
            var key = bucketType?.GetField("key", InstanceFields);
            var value = bucketType?.GetField("val", InstanceFields);
            var writing = typeof(Hashtable).GetField("_isWriterInProgress", InstanceFields)!;
            if (bucketType == null || !bucketType.IsValueType || key?.FieldType != typeof(object) || value?.FieldType != typeof(object) || writing.FieldType != typeof(bool))
            {
                return null;
            }

            try
            {
                var bound = new HashtableBuckets(
                    Build<Func<Hashtable, Array>>(typeof(Array), new[] { typeof(Hashtable) }, il =>
                    {
                        il.Emit(OpCodes.Ldarg_0);
                        il.Emit(OpCodes.Ldfld, buckets);
                    }),
                    Build<Action<Hashtable, Array>>(null, new[] { typeof(Hashtable), typeof(Array) }, il =>
                    {
                        il.Emit(OpCodes.Ldarg_0);
                        il.Emit(OpCodes.Ldarg_1);
                        il.Emit(OpCodes.Castclass, buckets.FieldType);
                        il.Emit(OpCodes.Stfld, buckets);
                        foreach (var view in new[] { "_keys", "_values" })
                        {
                            il.Emit(OpCodes.Ldarg_0);
                            il.Emit(OpCodes.Ldnull);
                            il.Emit(OpCodes.Stfld, typeof(Hashtable).GetField(view, InstanceFields)!);
                        }
                    }),
                    Build<Func<Hashtable, bool>>(typeof(bool), new[] { typeof(Hashtable) }, il =>
                    {
                        il.Emit(OpCodes.Ldarg_0);
                        il.Emit(OpCodes.Ldfld, writing);
                    }),
                    BuildRead(buckets.FieldType, bucketType, key),
                    BuildRead(buckets.FieldType, bucketType, value),
                    BuildWrite(buckets.FieldType, bucketType, key),
                    BuildWrite(buckets.FieldType, bucketType, value));
                if (!bound.Works())
                {
                    return null;
                }

                bound.UseFasterCopies(buckets.FieldType);
                return bound;
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is PlatformNotSupportedException || ex is InvalidProgramException || ex is FieldAccessException || ex is MethodAccessException)
            {
                return null;
            }
        }

        /// <summary>Runs every accessor once on a throwaway table, so a runtime that refuses the code refuses it here.</summary>
        private bool Works()
        {
            var probe = new Hashtable { ["k"] = "v" };
            var array = GetBuckets(probe);
            for (var index = 0; index < array.Length; index++)
            {
                if ("k".Equals(GetKey(array, index)))
                {
                    SetValue(array, index, "w");
                    SetKey(array, index, "k");
                    var copy = (Hashtable)probe.Clone();
                    SetBucketsAndDropViews(copy, array);
                    return "w".Equals(GetValue(array, index)) && "w".Equals(probe["k"]) && !IsWriterInProgress(probe);
                }
            }

            return false;
        }

        /// <summary>
        /// Takes the generated bucket-array and table copies where this runtime makes and runs them (proven on a probe);
        /// otherwise the Array.Clone and MemberwiseClone defaults stay.
        /// </summary>
        private void UseFasterCopies(Type bucketArrayType)
        {
            var probe = new Hashtable { ["k"] = "v" };
            var buckets = GetBuckets(probe);
            if (TryFaster(() => Engine.VectorCloner.TryCreate(bucketArrayType), clone => clone(buckets).Length == buckets.Length) is Func<Array, Array> cloneBuckets)
            {
                CloneBuckets = cloneBuckets;
            }

            if (TryFaster(() => Compilation.ShellCompiler.TryCompileFieldCopy(typeof(Hashtable)), copy => copy(probe) is Hashtable twin && "v".Equals(twin["k"]) && twin.Count == 1) is Func<object, object> copyTable)
            {
                CopyPlainTable = copyTable;
            }
        }

        /// <summary>
        /// Makes one generated copier and runs it on the probe; null when either step is refused, so a refusal costs
        /// only that copier, never the bucket accessors already proven (nor the type's initialisation).
        /// </summary>
        private static T? TryFaster<T>(Func<T?> make, Func<T, bool> works)
            where T : class
        {
            try
            {
                var made = make();
                return made != null && works(made) ? made : null;
            }
            catch (Exception ex) when (Compilation.CompiledShellCache.IsRefusal(ex) || ex is System.Security.SecurityException || ex is PlatformNotSupportedException)
            {
                // The default stays: slower, never wrong.
                return null;
            }
        }

        private static Func<Array, int, object?> BuildRead(Type arrayType, Type bucketType, FieldInfo field) =>
            Build<Func<Array, int, object?>>(typeof(object), new[] { typeof(Array), typeof(int) }, il =>
            {
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Castclass, arrayType);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldelema, bucketType);
                il.Emit(OpCodes.Ldfld, field);
            });

        private static Action<Array, int, object?> BuildWrite(Type arrayType, Type bucketType, FieldInfo field) =>
            Build<Action<Array, int, object?>>(null, new[] { typeof(Array), typeof(int), typeof(object) }, il =>
            {
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Castclass, arrayType);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldelema, bucketType);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Stfld, field);
            });

        private static TDelegate Build<TDelegate>(Type? returnType, Type[] parameters, Action<ILGenerator> body)
            where TDelegate : Delegate
        {
            var method = new DynamicMethod("HashtableBuckets", returnType, parameters, typeof(HashtableBuckets).Module, skipVisibility: true);
            var il = method.GetILGenerator();
            body(il);
            il.Emit(OpCodes.Ret);
            return (TDelegate)method.CreateDelegate(typeof(TDelegate));
        }
    }
}
