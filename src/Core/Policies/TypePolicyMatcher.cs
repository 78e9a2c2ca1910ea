using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Policies
{
    /// <summary>
    /// Finds the most specific entry for a runtime type. Distance is counted in levels of the class chain: the type
    /// itself is level 0, its base class level 1, and so on. An interface sits at the level of the base-most class that
    /// implements it, because that is where it enters the chain. The first level with a match wins; there, a class
    /// beats an interface, a derived interface beats its base, and an earlier entry beats a later one.
    /// Runs once per type and set; the answer is cached with the plan it leads to.
    /// </summary>
    internal static class TypePolicyMatcher
    {
        public static bool TryMatch(Dictionary<Type, PolicyEntry> byType, bool hasInterfaces, Type type, out PolicyEntry match)
        {
            for (var level = type; level != null; level = level.BaseType)
            {
                if (byType.TryGetValue(level, out match))
                {
                    return true;
                }

                if (hasInterfaces && TryMatchInterfaceIntroducedAt(byType, level, out match))
                {
                    return true;
                }
            }

            match = default;
            return false;
        }

        private static bool TryMatchInterfaceIntroducedAt(Dictionary<Type, PolicyEntry> byType, Type level, out PolicyEntry match)
        {
            var found = false;
            match = default;
            var baseType = level.BaseType;
            foreach (var implemented in level.GetInterfaces())
            {
                if (!byType.TryGetValue(implemented, out var candidate))
                {
                    continue;
                }

                if (baseType != null && implemented.IsAssignableFrom(baseType))
                {
                    // The base class implements it too: it belongs to a level further up.
                    continue;
                }

                if (!found || Beats(candidate, match))
                {
                    match = candidate;
                    found = true;
                }
            }

            return found;
        }

        private static bool Beats(PolicyEntry candidate, PolicyEntry current)
        {
            if (current.Type.IsAssignableFrom(candidate.Type))
            {
                return true;
            }

            if (candidate.Type.IsAssignableFrom(current.Type))
            {
                return false;
            }

            return candidate.Order < current.Order;
        }
    }
}
