using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// The type names PowerShell derives for a wrapper from its base object's type: the type and its base types, most
    /// derived first. Reading <see cref="PSObject.TypeNames"/> (formatting, Get-Member, a comparison) stores that list on
    /// the wrapper as if it were its own, so "has type names of its own" is true of many untouched objects.
    /// </summary>
    internal static class DefaultTypeNames
    {
        // A strong dictionary even for types a host may unload: AreDefault reads wrapper.TypeNames, and PowerShell keeps
        // its own per-type cache of those names, which holds every such type for good (PowerShell 7.6: a plugin type is
        // collected after being wrapped in a PSObject, not after its TypeNames were read). Holding it weakly here would
        // free nothing; the engine's caches (TypeTable in DeepCopy.Core) do, for copies without PowerShell wrappers.
        private static readonly ConcurrentDictionary<Type, string[]> ByType = new ConcurrentDictionary<Type, string[]>();

        /// <summary>
        /// True when <paramref name="wrapper"/>'s type names are exactly the derived ones, so a copy that leaves its own
        /// alone shows the same list. PERF: copying such a list cost a quarter of a PSCustomObject graph's allocations.
        /// </summary>
        public static bool AreDefault(PSObject wrapper)
        {
            var expected = ByType.GetOrAdd(wrapper.ImmediateBaseObject.GetType(), Derive);
            var actual = wrapper.TypeNames;
            if (actual.Count != expected.Length)
            {
                return false;
            }

            for (var i = 0; i < expected.Length; i++)
            {
                if (!string.Equals(actual[i], expected[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static string[] Derive(Type type)
        {
            var names = new List<string>();
            for (var current = type; current != null; current = current.BaseType)
            {
                names.Add(current.FullName ?? current.Name);
            }

            return names.ToArray();
        }
    }
}
