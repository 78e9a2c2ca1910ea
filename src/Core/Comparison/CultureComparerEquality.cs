using System.Collections;
using System.Globalization;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Equality of the non-generic <see cref="Comparer"/>, a value the copy shares that keeps reference equality. Every
    /// SortedList made without a comparer makes its own Comparer of the current culture, so two such lists built apart
    /// were reported as ordering their keys differently. Two Comparers compare alike when they use the same CompareInfo,
    /// which is all they hold.
    /// </summary>
    internal static class CultureComparerEquality
    {
        // "_compareInfo" on .NET Core, "m_compareInfo" on .NET Framework; null where neither exists (reference equality then).
        private static readonly FieldInfo? CompareInfoField = FindCompareInfo();

        /// <summary>Whether two Comparers compare alike.</summary>
        public static bool AreEqual(Comparer reference, Comparer difference)
        {
            if (ReferenceEquals(reference, difference) || CompareInfoField is null)
            {
                return ReferenceEquals(reference, difference);
            }

            return Equals(CompareInfoField.GetValue(reference), CompareInfoField.GetValue(difference));
        }

        private static FieldInfo? FindCompareInfo()
        {
            const BindingFlags instanceFields = BindingFlags.Instance | BindingFlags.NonPublic;
            var field = typeof(Comparer).GetField("_compareInfo", instanceFields) ?? typeof(Comparer).GetField("m_compareInfo", instanceFields);
            return field?.FieldType == typeof(CompareInfo) ? field : null;
        }
    }
}
