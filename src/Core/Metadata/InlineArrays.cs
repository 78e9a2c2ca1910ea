using System;
using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Recognises [InlineArray(n)] structs (C# 12, .NET 8): one declared field, n elements laid out after it. Found by
    /// the attribute's name, because Core targets netstandard2.0, where the attribute does not exist.
    /// </summary>
    internal static class InlineArrays
    {
        private const string AttributeName = "System.Runtime.CompilerServices.InlineArrayAttribute";

        /// <summary>The element count of an inline array struct, or 0 for any other type.</summary>
        public static int LengthOf(Type type)
        {
            if (!type.IsValueType)
            {
                return 0;
            }

            foreach (var attribute in type.GetCustomAttributesData())
            {
                if (attribute.AttributeType.FullName == AttributeName &&
                    attribute.ConstructorArguments.Count == 1 &&
                    attribute.ConstructorArguments[0].Value is int length)
                {
                    return length;
                }
            }

            return 0;
        }
    }
}
