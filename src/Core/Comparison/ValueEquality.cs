using System.Text.RegularExpressions;

namespace DeepCopy.Core.Comparison
{
    /// <summary>Equality of two framework immutables of the same type: the class library's Equals, Regex excepted.</summary>
    internal static class ValueEquality
    {
        public static bool AreEqual(object reference, object difference)
        {
            // Regex keeps reference equality, yet two regexes with one pattern, options and timeout match alike.
            if (reference is Regex regex)
            {
                var other = (Regex)difference;
                return regex.ToString() == other.ToString() && regex.Options == other.Options && regex.MatchTimeout == other.MatchTimeout;
            }

            return reference.Equals(difference);
        }
    }
}
