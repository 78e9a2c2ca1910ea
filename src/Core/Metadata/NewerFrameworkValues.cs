using System;
using System.Numerics;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Values of runtimes newer than netstandard2.0, which Core cannot name at compile time: Half (.NET 5), DateOnly and
    /// TimeOnly (.NET 6), Int128 and UInt128 (.NET 7). They are found by name in the core library (a type of the user's
    /// that shares a name is not one of them). The comparer takes them, and Complex, for framework values (compared by
    /// their private fields, they were reported at paths such as $._dayNumber); the Json strategy writes them as scalars.
    /// </summary>
    internal static class NewerFrameworkValues
    {
        /// <summary>The full name of <paramref name="type"/> when it is one of the newer core-library values, else null.</summary>
        public static string? NameOf(Type type)
        {
            if (!type.IsValueType || type.Assembly != typeof(object).Assembly)
            {
                return null;
            }

            switch (type.FullName)
            {
                case "System.Half":
                case "System.DateOnly":
                case "System.TimeOnly":
                case "System.Int128":
                case "System.UInt128":
                    return type.FullName;
                default:
                    return null;
            }
        }

        /// <summary>One of the newer values, or Complex: what the comparer compares whole.</summary>
        public static bool Contains(Type type) => type == typeof(Complex) || NameOf(type) != null;

        /// <summary>Half is the one whose Equals ignores something printed: the sign of zero.</summary>
        public static bool IsHalf(Type type) => NameOf(type) == "System.Half";
    }
}
