using System;
using System.Numerics;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Numbers and dates the comparer takes for framework values though the copy engine has no name for them: Half (.NET 5),
    /// DateOnly and TimeOnly (.NET 6), Int128 and UInt128 (.NET 7), which netstandard2.0 cannot reference, so they are
    /// found by name in the core library (a type of the user's that shares a name is not one of them), and Complex.
    /// Compared by their private fields, they were reported at paths such as $._dayNumber.
    /// </summary>
    internal static class NewerFrameworkValues
    {
        public static bool Contains(Type type)
        {
            if (type == typeof(Complex))
            {
                return true;
            }

            if (!type.IsValueType || type.Assembly != typeof(object).Assembly)
            {
                return false;
            }

            switch (type.FullName)
            {
                case "System.Half":
                case "System.DateOnly":
                case "System.TimeOnly":
                case "System.Int128":
                case "System.UInt128":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Half is the one whose Equals ignores something printed: the sign of zero.</summary>
        public static bool IsHalf(Type type) => type.FullName == "System.Half" && type.Assembly == typeof(object).Assembly;
    }
}
