using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using DeepCopy.Core.Compilation;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Where the runtime puts the fields of a struct, and how many bytes a field takes. Reflection does not say: outside
    /// an explicit layout the runtime orders fields as it likes (references first, in an auto layout), so it is measured
    /// by a small generated method that takes the fields' addresses. Only explicit layouts need it
    /// (<see cref="OverlappingFields"/>), while their plan is built: each instance remembers the structs it measured for
    /// one plan, so a struct type met in many fields is measured once, and nothing outlives the plan's making.
    /// </summary>
    internal sealed class ValueLayout
    {
        private readonly Dictionary<Type, MeasuredLayout?> _measured = new Dictionary<Type, MeasuredLayout?>();

        /// <summary>True for a field type whose value is a reference the collector tracks (not a pointer or function pointer).</summary>
        public static bool IsObjectReference(Type type) => !type.IsValueType && !type.IsPointer && !FunctionPointers.Is(type);

        /// <summary>The bytes a field of <paramref name="type"/> takes, or -1 when the runtime would not let it be measured.</summary>
        public int SizeOf(Type type)
        {
            if (!type.IsValueType)
            {
                // References, pointers and function pointers alike.
                return IntPtr.Size;
            }

            var known = PrimitiveSize(type);
            return known > 0 ? known : Measure(type)?.Size ?? -1;
        }

        /// <summary>The instance fields of a struct with their offsets from its start, or null when they could not be measured.</summary>
        public MeasuredLayout? Measure(Type structType)
        {
            if (!_measured.TryGetValue(structType, out var layout))
            {
                layout = MeasureOnce(structType);
                _measured.Add(structType, layout);
            }

            return layout;
        }

        private static MeasuredLayout? MeasureOnce(Type structType)
        {
            var fields = FieldLister.AllInstanceFields(structType).ToArray();
            try
            {
                var method = new DynamicMethod(
                    "DeepCopyLayout_" + structType.Name, typeof(int[]), Type.EmptyTypes, typeof(PopulateCompiler).Module, skipVisibility: true);
                var il = method.GetILGenerator();
                var sample = il.DeclareLocal(structType);
                var result = il.DeclareLocal(typeof(int[]));
                il.Emit(OpCodes.Ldc_I4, fields.Length + 1);
                il.Emit(OpCodes.Newarr, typeof(int));
                il.Emit(OpCodes.Stloc, result);
                for (var i = 0; i < fields.Length; i++)
                {
                    // result[i] = (int)(&sample.field - &sample): two addresses in one local, so nothing can move between them.
                    il.Emit(OpCodes.Ldloc, result);
                    il.Emit(OpCodes.Ldc_I4, i);
                    il.Emit(OpCodes.Ldloca, sample);
                    il.Emit(OpCodes.Ldflda, fields[i]);
                    il.Emit(OpCodes.Ldloca, sample);
                    il.Emit(OpCodes.Sub);
                    il.Emit(OpCodes.Conv_I4);
                    il.Emit(OpCodes.Stelem_I4);
                }

                il.Emit(OpCodes.Ldloc, result);
                il.Emit(OpCodes.Ldc_I4, fields.Length);
                il.Emit(OpCodes.Sizeof, structType);
                il.Emit(OpCodes.Stelem_I4);
                il.Emit(OpCodes.Ldloc, result);
                il.Emit(OpCodes.Ret);
                var offsets = ((Func<int[]>)method.CreateDelegate(typeof(Func<int[]>)))();
                return new MeasuredLayout(fields, offsets);
            }
            catch (Exception ex) when (CompiledShellCache.IsRefusal(ex) || ex is PlatformNotSupportedException || ex is System.Security.SecurityException)
            {
                return null;
            }
        }

        /// <summary>
        /// Adds to <paramref name="slots"/> the offset of every object reference a value of <paramref name="type"/> holds,
        /// at any depth of structs, counted from <paramref name="start"/>. False when a struct could not be measured.
        /// </summary>
        public bool AddReferenceSlots(Type type, int start, List<int> slots)
        {
            if (IsObjectReference(type))
            {
                slots.Add(start);
                return true;
            }

            if (!type.IsValueType || PrimitiveSize(type) > 0)
            {
                return true;
            }

            var layout = Measure(type);
            if (layout is null)
            {
                return false;
            }

            for (var i = 0; i < layout.Fields.Length; i++)
            {
                if (!AddReferenceSlots(layout.Fields[i].FieldType, start + layout.Offsets[i], slots))
                {
                    return false;
                }
            }

            return true;
        }

        private static int PrimitiveSize(Type type)
        {
            if (type == typeof(IntPtr) || type == typeof(UIntPtr))
            {
                return IntPtr.Size;
            }

            switch (Type.GetTypeCode(type))
            {
                case TypeCode.Boolean:
                case TypeCode.Byte:
                case TypeCode.SByte:
                    return 1;
                case TypeCode.Char:
                case TypeCode.Int16:
                case TypeCode.UInt16:
                    return 2;
                case TypeCode.Int32:
                case TypeCode.UInt32:
                case TypeCode.Single:
                    return 4;
                case TypeCode.Int64:
                case TypeCode.UInt64:
                case TypeCode.Double:
                    return 8;
                default:
                    return 0;
            }
        }
    }
}
