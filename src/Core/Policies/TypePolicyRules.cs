using System;
using DeepCopy.Core.Engine;
using System.Globalization;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Policies
{
    /// <summary>What a type policy may name, and which values it may ever apply to.</summary>
    internal static class TypePolicyRules
    {
        /// <summary>
        /// Policies match classes, interfaces and arrays only. Structs are stored inline in their containers and copied
        /// with them, so a policy could reach some of their values and not others. Built-in immutable types (strings,
        /// numbers, dates, Type, Encoding, comparers...) are skipped wherever a field or collection declares them, for
        /// speed, so a policy could not reach all of their values either; they are always shared.
        /// </summary>
        public static bool CanApplyTo(Type runtimeType) =>
            !runtimeType.IsValueType && !TypeClassifier.IsBuiltInImmutable(runtimeType);

        public static void Validate(Type type, TypePolicy policy)
        {
            if (type.IsValueType || type == typeof(ValueType) || type == typeof(Enum))
            {
                throw Invalid(type, "it is a struct (or matches only structs), and structs are copied inline with whatever holds them");
            }

            if (type.IsPointer || type.IsByRef || type.ContainsGenericParameters)
            {
                throw Invalid(type, "it is a pointer, by-reference or open generic type, which has no values");
            }

            if (TypeClassifier.IsBuiltInImmutable(type))
            {
                throw Invalid(type, "its values are immutable and always shared");
            }

            if (policy.Kind == TypePolicyKind.Clone && !typeof(ICloneable).IsAssignableFrom(type))
            {
                throw Invalid(type, "the Clone policy needs a type that implements System.ICloneable");
            }
        }

        private static ArgumentException Invalid(Type type, string reason) =>
            new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "No type policy can be set for [{0}]: {1}.", TypeNames.Readable(type), reason),
                nameof(type));
    }
}
