using System;
using System.Globalization;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Words for the class library's culture-aware string comparer (StringComparer.Create, CurrentCultureIgnoreCase...),
    /// whose type alone does not say how it compares: two of them differ by culture and options, which are private.
    /// Read from its fields by type, so the field names of .NET and .NET Framework both do (Framework keeps a bool
    /// for ignoring case where .NET keeps CompareOptions).
    /// </summary>
    internal static class CultureComparerText
    {
        private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

        /// <summary>" (culture tr-TR, options IgnoreCase)", or null for any other comparer or when the fields are not found.</summary>
        public static string? Details(object comparer)
        {
            var type = comparer.GetType();
            if (type.Name != "CultureAwareComparer" || !FrameworkAssemblies.Contains(type.Assembly))
            {
                return null;
            }

            string? culture = null;
            var options = CompareOptions.None;
            foreach (var field in type.GetFields(Instance))
            {
                var value = field.GetValue(comparer);
                if (value is CompareInfo info)
                {
                    culture = info.Name.Length == 0 ? "invariant" : info.Name;
                }
                else if (value is CompareOptions compareOptions)
                {
                    options |= compareOptions;
                }
                else if (value is bool ignoreCase && ignoreCase && field.Name.IndexOf("ignoreCase", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    options |= CompareOptions.IgnoreCase;
                }
            }

            return culture is null ? null : " (culture " + culture + ", options " + options + ")";
        }
    }
}
