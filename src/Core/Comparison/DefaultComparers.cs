using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Recognises the comparer a collection uses when it was made without one. A non-generic collection then holds null,
    /// but a generic one reports <c>EqualityComparer&lt;T&gt;.Default</c> or <c>Comparer&lt;T&gt;.Default</c>, whose
    /// runtime types are internal (StringEqualityComparer, GenericComparer`1...) and mean nothing to a reader.
    /// </summary>
    internal static class DefaultComparers
    {
        /// <summary>True when <paramref name="comparer"/> is the default comparer of a type it compares.</summary>
        public static bool IsDefault(object comparer)
        {
            if (ReferenceEquals(comparer, System.Collections.Comparer.Default))
            {
                return true;
            }

            foreach (var contract in comparer.GetType().GetInterfaces())
            {
                if (!contract.IsGenericType)
                {
                    continue;
                }

                var definition = contract.GetGenericTypeDefinition();
                var holder = definition == typeof(IEqualityComparer<>) ? typeof(EqualityComparer<>)
                    : definition == typeof(IComparer<>) ? typeof(Comparer<>)
                    : null;
                var keyType = contract.GetGenericArguments()[0];

                if (holder is null || keyType.ContainsGenericParameters)
                {
                    continue;
                }

                if (ReferenceEquals(comparer, DefaultOf(holder, keyType)))
                {
                    return true;
                }
            }

            return false;
        }

        private static object? DefaultOf(Type holder, Type keyType)
        {
            Type closed;
            try
            {
                closed = holder.MakeGenericType(keyType);
            }
            catch (ArgumentException)
            {
                // A type that cannot be EqualityComparer<T>'s argument (a ref struct a comparer may take on newer
                // runtimes) has no default comparer there.
                return null;
            }

            return closed.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        }
    }
}
