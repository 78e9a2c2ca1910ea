using System;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Compilation
{
    /// <summary>
    /// Generates, from a field-walk plan, the method that makes a shell: allocate the type without running a
    /// constructor, then copy every instance field of every class in its hierarchy, in straight-line code.
    /// </summary>
    /// <remarks>
    /// PERF: <see cref="object.MemberwiseClone"/> allocates through the runtime's general allocator, about 100 ns more
    /// per object than the allocation helper that <c>RuntimeHelpers.GetUninitializedObject</c> caches for each type
    /// (measured on this machine: 1,000,000 small objects, 140 ms against 33 ms). Where that method is missing (.NET
    /// Framework), nothing is generated and the plan keeps MemberwiseClone.
    /// <para>
    /// The method also prefetches the identity-map slot of each child that the populate step will look up. On a
    /// large graph that lookup is a cache miss into a table bigger than the cache, and issuing it here, one step of
    /// work earlier, overlaps it with that work (the million-deep chain, with the collector kept out of the copy:
    /// 286 ms a copy without the prefetch, 191 ms with it; docs/benchmarks.md). The prefetch instruction is
    /// <c>Sse.Prefetch0</c>, found by reflection because a netstandard2.0 assembly cannot name it, and left out where
    /// the processor lacks it.
    /// </para>
    /// </remarks>
    internal static class ShellCompiler
    {
        private static readonly MethodInfo? AllocateUninitialized = typeof(RuntimeHelpers).GetMethod(
            "GetUninitializedObject", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(Type) }, null);

        private static readonly MethodInfo TypeFromHandle = typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle))!;

        private static readonly MethodInfo MapOfContext =
            typeof(DeepCopyContext).GetProperty(nameof(DeepCopyContext.Map), BindingFlags.Instance | BindingFlags.NonPublic)!.GetGetMethod(nonPublic: true)!;

        private static readonly MethodInfo HomeSlot = typeof(IdentityMap).GetMethod(nameof(IdentityMap.HomeSlot))!;

        /// <summary>
        /// Returns null when this runtime has no way to allocate an uninitialized object, or when the class is too wide for
        /// a generated copy of each field to beat MemberwiseClone (<see cref="GeneratedCodeLimits.MaxShellFields"/>).
        /// </summary>
        public static Func<object, DeepCopyContext, object>? TryCompile(TypePlan plan)
        {
            var type = plan.Type;
            if (AllocateUninitialized is null ||
                (!type.IsValueType && FieldLister.AllInstanceFields(type).Count > GeneratedCodeLimits.MaxShellFields))
            {
                return null;
            }

            var method = new DynamicMethod(
                "DeepCopyShell_" + type.Name,
                typeof(object),
                new[] { typeof(object), typeof(DeepCopyContext) },
                typeof(ShellCompiler).Module,
                skipVisibility: true);
            var il = method.GetILGenerator();
            if (type.IsValueType)
            {
                // A boxed struct: unboxing copies its value, boxing it again makes the new box.
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Unbox_Any, type);
                il.Emit(OpCodes.Box, type);
            }
            else
            {
                EmitClassShell(il, type, AllocateUninitialized);
                EmitPrefetches(il, plan.DeepFields);
                il.Emit(OpCodes.Ldloc_1);
            }

            il.Emit(OpCodes.Ret);
            return (Func<object, DeepCopyContext, object>)method.CreateDelegate(typeof(Func<object, DeepCopyContext, object>));
        }

        /// <summary>
        /// A field-by-field shallow copy of an object of exactly <paramref name="type"/> (a class): what MemberwiseClone
        /// makes, without its general allocator. Null where this runtime cannot allocate an uninitialized object; the
        /// caller runs the result once on a probe, because a runtime may refuse the code only when it first runs.
        /// </summary>
        public static Func<object, object>? TryCompileFieldCopy(Type type)
        {
            if (AllocateUninitialized is null || type.IsValueType)
            {
                return null;
            }

            var method = new DynamicMethod("DeepCopyFieldCopy_" + type.Name, typeof(object), new[] { typeof(object) }, typeof(ShellCompiler).Module, skipVisibility: true);
            var il = method.GetILGenerator();
            EmitClassShell(il, type, AllocateUninitialized);
            il.Emit(OpCodes.Ldloc_1);
            il.Emit(OpCodes.Ret);
            return (Func<object, object>)method.CreateDelegate(typeof(Func<object, object>));
        }

        /// <summary>Leaves the source in local 0 and the new object, every field copied, in local 1.</summary>
        private static void EmitClassShell(ILGenerator il, Type type, MethodInfo allocate)
        {
            il.DeclareLocal(type);
            il.DeclareLocal(type);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Castclass, type);
            il.Emit(OpCodes.Stloc_0);
            il.Emit(OpCodes.Ldtoken, type);
            il.Emit(OpCodes.Call, TypeFromHandle);
            il.Emit(OpCodes.Call, allocate);
            il.Emit(OpCodes.Castclass, type);
            il.Emit(OpCodes.Stloc_1);

            // Private fields of base classes are reached from their declaring class; skipVisibility lets the method touch them.
            for (var level = type; level != null; level = level.BaseType)
            {
                foreach (var field in level.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    il.Emit(OpCodes.Ldloc_1);
                    il.Emit(OpCodes.Ldloc_0);
                    il.Emit(OpCodes.Ldfld, field);
                    il.Emit(OpCodes.Stfld, field);
                }
            }
        }

        private static void EmitPrefetches(ILGenerator il, DeepField[] deepFields)
        {
            var prefetch = PrefetchIntrinsic.Method;
            if (prefetch is null)
            {
                return;
            }

            LocalBuilder? child = null;
            foreach (var deepField in deepFields)
            {
                var field = deepField.Field;
                if (deepField.SetsOwnValue || deepField.InlineStructPlan != null || field.FieldType.IsValueType || field.FieldType.IsPointer)
                {
                    continue;
                }

                // if (source.field != null) Prefetch0(&context.Map.HomeSlot(source.field));
                child ??= il.DeclareLocal(typeof(object));
                var skip = il.DefineLabel();
                il.Emit(OpCodes.Ldloc_0);
                il.Emit(OpCodes.Ldfld, field);
                il.Emit(OpCodes.Stloc, child);
                il.Emit(OpCodes.Ldloc, child);
                il.Emit(OpCodes.Brfalse, skip);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Call, MapOfContext);
                il.Emit(OpCodes.Ldloc, child);
                il.Emit(OpCodes.Call, HomeSlot);

                // The slot's address only feeds the prefetch, which never faults: a table moved by the collector in
                // between costs a useless prefetch, nothing more.
                il.Emit(OpCodes.Conv_U);
                il.Emit(OpCodes.Call, prefetch);
                il.MarkLabel(skip);
            }
        }
    }
}
