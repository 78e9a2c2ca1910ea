using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Compilation
{
    /// <summary>
    /// Generates, from a field-walk plan, one straight-line method that rewrites every deep field of a shell.
    /// IL through <see cref="DynamicMethod"/> rather than expression trees, because expression trees cannot assign
    /// readonly fields and the fallback (FieldInfo.SetValue per object) is what this strategy exists to avoid.
    /// The generated code reads from the shell itself: a shallow clone holds exactly the source's field values.
    /// </summary>
    internal static class PopulateCompiler
    {
        private static readonly MethodInfo CopyMemberPath =
            typeof(DeepCopyContext).GetMethod(nameof(DeepCopyContext.CopyMemberPath), BindingFlags.Instance | BindingFlags.NonPublic)!;

        /// <summary>
        /// Returns null when the plan cannot be compiled (pointer fields) or is too wide to pay
        /// (<see cref="GeneratedCodeLimits.MaxPopulateFields"/>); the caller then uses reflection.
        /// </summary>
        public static Action<object, DeepCopyContext>? TryCompile(TypePlan plan)
        {
            if (HasPointerField(plan.DeepFields) || CountFields(plan.DeepFields) > GeneratedCodeLimits.MaxPopulateFields)
            {
                return null;
            }

            var type = plan.Type;
            var method = new DynamicMethod(
                "DeepCopyPopulate_" + type.Name,
                null,
                new[] { typeof(object), typeof(DeepCopyContext) },
                typeof(PopulateCompiler).Module,
                skipVisibility: true);
            var il = method.GetILGenerator();

            // A boxed struct is rewritten in place through the pointer that unbox gives; a class through its reference.
            var target = il.DeclareLocal(type.IsValueType ? type.MakeByRefType() : type);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(type.IsValueType ? OpCodes.Unbox : OpCodes.Castclass, type);
            il.Emit(OpCodes.Stloc, target);

            var value = il.DeclareLocal(typeof(object));
            EmitFields(il, target, value, new List<FieldInfo>(), plan.DeepFields, string.Empty);
            il.Emit(OpCodes.Ret);
            return (Action<object, DeepCopyContext>)method.CreateDelegate(typeof(Action<object, DeepCopyContext>));
        }

        private static void EmitFields(ILGenerator il, LocalBuilder target, LocalBuilder value, List<FieldInfo> chain, DeepField[] fields, string prefix)
        {
            foreach (var deepField in fields)
            {
                var field = deepField.Field;
                // Written as the path formatter writes a member, so every strategy names a field alike.
                var name = prefix + PathFormatter.MemberText(deepField.DisplayName);
                if (deepField.IsIgnored)
                {
                    // [DeepCopyIgnore]: target.field = default; initobj zeroes a reference or a struct alike.
                    EmitAddress(il, target, chain);
                    il.Emit(OpCodes.Ldflda, field);
                    il.Emit(OpCodes.Initobj, field.FieldType);
                    continue;
                }

                if (deepField.Renewal != null)
                {
                    // A struct renewed rather than copied (a SpinLock): Renew(ref target.field), from the source's bits.
                    EmitAddress(il, target, chain);
                    il.Emit(OpCodes.Ldflda, field);
                    il.Emit(OpCodes.Call, deepField.Renewal.RenewInPlace);
                    continue;
                }

                if (deepField.InlineStructPlan != null)
                {
                    // A struct stored inline: its fields are reached by address, and named "outer.inner" in paths.
                    chain.Add(field);
                    EmitFields(il, target, value, chain, deepField.InlineStructPlan.DeepFields, name + ".");
                    chain.RemoveAt(chain.Count - 1);
                    continue;
                }

                EmitCopyField(il, target, value, chain, field, name);
            }
        }

        private static void EmitCopyField(ILGenerator il, LocalBuilder target, LocalBuilder value, List<FieldInfo> chain, FieldInfo field, string name)
        {
            var fieldType = field.FieldType;
            var skip = il.DefineLabel();

            // value = (object)target.field; if (value == null) skip;
            EmitAddress(il, target, chain);
            il.Emit(OpCodes.Ldfld, field);
            if (fieldType.IsValueType)
            {
                il.Emit(OpCodes.Box, fieldType);
            }

            il.Emit(OpCodes.Stloc, value);
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Brfalse, skip);

            // value = context.CopyMemberPath(value, name);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Ldstr, name);
            il.Emit(OpCodes.Call, CopyMemberPath);
            il.Emit(OpCodes.Stloc, value);
            if (fieldType.IsValueType && Nullable.GetUnderlyingType(fieldType) is null)
            {
                // A struct refused under NonCopyableAction.Null (a GCHandle) comes back null, which unbox cannot take:
                // if (value == null) { target.field = default; skip; }
                var store = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, value);
                il.Emit(OpCodes.Brtrue, store);
                EmitAddress(il, target, chain);
                il.Emit(OpCodes.Ldflda, field);
                il.Emit(OpCodes.Initobj, fieldType);
                il.Emit(OpCodes.Br, skip);
                il.MarkLabel(store);
            }

            // target.field = (FieldType)value;
            EmitAddress(il, target, chain);
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(fieldType.IsValueType ? OpCodes.Unbox_Any : OpCodes.Castclass, fieldType);
            il.Emit(OpCodes.Stfld, field);
            il.MarkLabel(skip);
        }

        private static void EmitAddress(ILGenerator il, LocalBuilder target, List<FieldInfo> chain)
        {
            il.Emit(OpCodes.Ldloc, target);
            foreach (var inline in chain)
            {
                il.Emit(OpCodes.Ldflda, inline);
            }
        }

        private static int CountFields(DeepField[] fields)
        {
            var count = 0;
            foreach (var deepField in fields)
            {
                count += deepField.InlineStructPlan is null ? 1 : CountFields(deepField.InlineStructPlan.DeepFields);
            }

            return count;
        }

        private static bool HasPointerField(DeepField[] fields)
        {
            foreach (var deepField in fields)
            {
                if (deepField.Field.FieldType.IsPointer ||
                    (deepField.InlineStructPlan != null && HasPointerField(deepField.InlineStructPlan.DeepFields)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
