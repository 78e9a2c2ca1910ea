using System;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Keys whose hashing and equality are the class library's all the way down, so asking a hashed collection whether it
    /// finds one runs no code of the user's types: keys that hash by identity, strings and other framework values, and
    /// <see cref="Tuple"/>s and <see cref="ValueTuple"/>s of such keys (a <c>Tuple</c> over a list hashes the list's
    /// identity, as a record holding a class instance does, but the record's GetHashCode is the user's).
    /// </summary>
    internal static class FrameworkHashedKey
    {
        /// <summary>Tuples inside tuples followed this far; deeper ones are not looked up.</summary>
        private const int MaxTupleNesting = 4;

        private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        /// <summary>True when <paramref name="key"/> is a tuple whose items, a few tuples deep, all hash by framework code.</summary>
        public static bool IsTupleOfFrameworkHashedItems(object key) => IsTuple(key.GetType()) && ItemsAreFrameworkHashed(key, 0);

        private static bool ItemsAreFrameworkHashed(object tuple, int nesting)
        {
            foreach (var field in tuple.GetType().GetFields(InstanceFields))
            {
                if (!IsFrameworkHashed(field.GetValue(tuple), nesting + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsFrameworkHashed(object? item, int nesting)
        {
            if (item is null)
            {
                return true;
            }

            var type = item.GetType();
            var plan = ComparePlanCache.Get(type);
            if (plan.HashesByIdentity)
            {
                return true;
            }

            if (!FrameworkAssemblies.IsClassLibrary(type.Assembly))
            {
                return false;
            }

            if (IsTuple(type))
            {
                return nesting < MaxTupleNesting && ItemsAreFrameworkHashed(item, nesting);
            }

            return plan.IsLeafKey && !type.IsGenericType;
        }

        private static bool IsTuple(Type type)
        {
            if (!type.IsGenericType || !FrameworkAssemblies.IsClassLibrary(type.Assembly))
            {
                return false;
            }

            var name = type.GetGenericTypeDefinition().FullName!;
            return name.StartsWith("System.Tuple`", StringComparison.Ordinal) || name.StartsWith("System.ValueTuple`", StringComparison.Ordinal);
        }
    }
}
