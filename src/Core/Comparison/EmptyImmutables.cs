using System;
using System.Collections;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Recognises the class library's immutable and frozen collections, and the tree nodes they are built of, when they
    /// hold nothing. Such an object cannot change and holds nothing to share: the copy engine hands out the static Empty
    /// as is, and every immutable tree ends in one static empty node. So the independence check does not report one that
    /// both graphs reach. A non-empty one is still walked and reported, because the copy engine copies those.
    /// Builders are mutable and are never recognised.
    /// </summary>
    internal static class EmptyImmutables
    {
        private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

        private static readonly string[] Namespaces = { "System.Collections.Immutable", "System.Collections.Frozen" };

        /// <summary>The test for <paramref name="type"/>, or null when its objects are not immutable collections of the class library.</summary>
        public static Func<object, bool>? BuildHoldsNothing(Type type)
        {
            if (type.IsValueType || Array.IndexOf(Namespaces, type.Namespace) < 0 || !FrameworkAssemblies.Contains(type.Assembly) || IsBuilder(type))
            {
                return null;
            }

            // The trees' nodes and the queues and stacks say so themselves; the other collections are ICollections.
            var isEmpty = FindIsEmpty(type);
            if (isEmpty != null)
            {
                return value => (bool)isEmpty.GetValue(value)!;
            }

            if (typeof(ICollection).IsAssignableFrom(type))
            {
                return value => ((ICollection)value).Count == 0;
            }

            return null;
        }

        private static bool IsBuilder(Type type)
        {
            for (var current = type; current != null; current = current.DeclaringType)
            {
                if (current.Name.StartsWith("Builder", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static PropertyInfo? FindIsEmpty(Type type)
        {
            foreach (var property in type.GetProperties(Instance))
            {
                if (property.Name == "IsEmpty" && property.PropertyType == typeof(bool) && property.GetIndexParameters().Length == 0 && property.GetGetMethod(true) != null)
                {
                    return property;
                }
            }

            return null;
        }
    }
}
