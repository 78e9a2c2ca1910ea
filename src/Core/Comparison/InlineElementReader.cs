using System;
using System.Reflection;
using System.Reflection.Emit;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Reads element i of a fixed buffer or an [InlineArray(n)] struct from its box. Such a struct declares one field;
    /// the other elements follow it, one element's size apart, where no FieldInfo reaches. Generated code takes the
    /// declared field's address in the box and steps along from it, so elements are read as values of their type
    /// (references stay references the GC tracks, and no padding is compared).
    /// </summary>
    internal static class InlineElementReader
    {
        /// <summary>The element count of a fixed buffer or inline array struct; 0 for any other type.</summary>
        public static int LengthOf(Type type) => Math.Max(InlineArrays.LengthOf(type), FixedBuffers.LengthOf(type));

        /// <summary>
        /// (box, index) => the element, boxed when it is a value. Null where code cannot be generated or the shape is not
        /// the one expected; the comparer then reads the declared field, element 0, as it reads any struct.
        /// </summary>
        public static Func<object, int, object?>? Build(Type type)
        {
            var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            if (fields.Length != 1 || fields[0].FieldType.IsPointer || fields[0].FieldType.IsByRef)
            {
                return null;
            }

            var field = fields[0];
            var elementType = field.FieldType;
            try
            {
                var method = new DynamicMethod("ReadInlineElement", typeof(object), new[] { typeof(object), typeof(int) }, typeof(InlineElementReader).Module, skipVisibility: true);
                var il = method.GetILGenerator();

                // ref element0 = ref ((T)box).field; return (object)Unsafe.Add(ref element0, index);
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Unbox, type);
                il.Emit(OpCodes.Ldflda, field);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Conv_I);
                il.Emit(OpCodes.Sizeof, elementType);
                il.Emit(OpCodes.Mul);
                il.Emit(OpCodes.Add);
                il.Emit(OpCodes.Ldobj, elementType);
                if (elementType.IsValueType)
                {
                    il.Emit(OpCodes.Box, elementType);
                }

                il.Emit(OpCodes.Ret);
                var read = (Func<object, int, object?>)method.CreateDelegate(typeof(Func<object, int, object?>));

                // Compiled now, so a runtime that rejects the code says so here rather than in a comparison.
                read(Activator.CreateInstance(type)!, 0);
                return read;
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is InvalidProgramException || ex is MemberAccessException || ex is System.Security.VerificationException)
            {
                return null;
            }
        }
    }
}
