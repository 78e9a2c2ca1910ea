using System;
using System.Collections.Generic;
using System.Globalization;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>Words for each difference. Values are shown without running the user's ToString: only framework values are written out.</summary>
    internal static class DifferenceMessages
    {
        private const int MaxTextLength = 60;

        /// <summary>Only ever in a question walker, which reports no words: the pair was found different by an earlier question.</summary>
        public const string ProvedDifferent = "These objects were found different before.";

        public static string Value(object? reference, object? difference)
        {
            if (reference is string referenceText && difference is string differenceText)
            {
                return TextDifference.Describe(referenceText, differenceText, MaxTextLength);
            }

            var referenceWords = Describe(reference);
            var differenceWords = Describe(difference);
            if (referenceWords == differenceWords && reference != null && difference != null)
            {
                // Two values that read the same differ in a setting the short text leaves out (an Encoding's fallbacks).
                referenceWords = ValueText.DescribeInDetail(reference) ?? referenceWords;
                differenceWords = ValueText.DescribeInDetail(difference) ?? differenceWords;
            }

            return Format("Expected {0} but found {1}.", referenceWords, differenceWords);
        }

        /// <summary>Two pointers, by the addresses they hold, in hexadecimal as debuggers show them.</summary>
        public static string Address(UIntPtr reference, UIntPtr difference) =>
            Format("Expected the address 0x{0:X} but found 0x{1:X}.", (ulong)reference, (ulong)difference);

        /// <summary>
        /// One of two objects is a static that a copy keeps as the very instance: <paramref name="name"/> describes it, as
        /// "the class library's own [Type]::Field" or as a host registered it ("PowerShell's own [...]::Empty").
        /// </summary>
        public static string FrameworkStatic(string name, bool referenceIsStatic, Type other) =>
            referenceIsStatic
                ? Format("Expected {0}, which its code recognises by reference, but found another [{1}].", name, Engine.TypeNames.Readable(other))
                : Format("Expected a [{0}] of its own but found {1}.", Engine.TypeNames.Readable(other), name);

        /// <summary>
        /// Two types by name, and, when two different types read alike (a class defined again in a session), by the
        /// assemblies that tell them apart: "Expected a [Pt] but found a [Pt]" left the reader nothing to go on.
        /// </summary>
        public static string Type(Type reference, Type difference)
        {
            var referenceName = Engine.TypeNames.Readable(reference);
            var differenceName = Engine.TypeNames.Readable(difference);
            if (referenceName != differenceName)
            {
                return Format("Expected a [{0}] but found a [{1}].", referenceName, differenceName);
            }

            var referenceAssemblies = Engine.TypeNames.Assemblies(reference);
            var differenceAssemblies = Engine.TypeNames.Assemblies(difference);
            return referenceAssemblies != differenceAssemblies
                ? Format("Expected a [{0}] from '{1}' but found another type of the same name, from '{2}'.", referenceName, referenceAssemblies, differenceAssemblies)
                : Format("Expected a [{0}] from '{1}' but found another type of the same name, from another load of the same assembly.", referenceName, referenceAssemblies);
        }

        /// <summary>A view that gives no type names has the names its type gives, and is described so; an emptied list is "[]".</summary>
        public static string TypeNames(DeepCompareView reference, DeepCompareView difference) =>
            Format("Expected {0} but found {1}.", TypeNameList(reference), TypeNameList(difference));

        private static string TypeNameList(DeepCompareView view) =>
            view.HasTypeNames ? "the type names [" + string.Join(", ", view.TypeNames) + "]" : "the type names its type gives";

        /// <summary>Two wrappers of one type (a Collection, a BlockingCollection) over collections of different types.</summary>
        public static string WrappedType(Type wrapper, Type? reference, Type? difference) =>
            Format("Expected a [{0}] that wraps {1} but found one that wraps {2}.", Engine.TypeNames.Readable(wrapper), Wrapped(reference), Wrapped(difference));

        private static string Wrapped(Type? type) => type is null ? "nothing" : "a [" + Engine.TypeNames.Readable(type) + "]";

        public static string Wrapping(bool referenceWraps) =>
            referenceWraps
                ? "The reference object wraps a value, but the difference object wraps none."
                : "The difference object wraps a value, but the reference object wraps none.";

        public static string DefaultValue(Type type, bool referenceIsDefault) =>
            Format(
                referenceIsDefault ? "Expected a default (uninitialised) [{0}] but found an initialised one." : "Expected an initialised [{0}] but found a default (uninitialised) one.",
                Engine.TypeNames.Readable(type));

        public static string Count(int reference, int difference) =>
            Format("Expected {0} item(s) but found {1}.", reference, difference);

        public static string Dimensions(Array reference, Array difference) =>
            Format("Expected an array of dimensions {0} but found {1}.", Shape(reference), Shape(difference));

        public static string MissingKey(object? key) => Format("The key {0} is missing.", DescribeKey(key));

        public static string ExtraKey(object? key) => Format("The key {0} is not expected.", DescribeKey(key));

        public static string KeyUnreachable(object? key) =>
            Format("The key {0} is listed but cannot be found through its collection (a stale hash code).", DescribeKey(key));

        public static string MissingItem(object? item) => Format("The item {0} is missing.", DescribeKey(item));

        public static string ExtraItem(object? item) => Format("The item {0} is not expected.", DescribeKey(item));

        public static string MissingMember(string name) => Format("The member '{0}' is missing.", name);

        public static string ExtraMember(string name) => Format("The member '{0}' is not expected.", name);

        /// <summary>Two comparers in words; <paramref name="compared"/> is what they order or match ("keys", a PriorityQueue's "priorities").</summary>
        public static string Comparer(object? reference, object? difference, string compared = "keys")
        {
            var referenceWords = DescribeComparer(reference);
            var differenceWords = DescribeComparer(difference);
            if (referenceWords == differenceWords && differenceWords.StartsWith("a [", StringComparison.Ordinal))
            {
                // Two instances of one comparer type that differ inside (Comparer<int>.Create over two delegates).
                differenceWords = "a different " + differenceWords.Substring(2);
            }

            return Format("Expected {0} compared by {1} but they are compared by {2}.", compared, referenceWords, differenceWords);
        }

        // A non-generic collection made without a comparer holds none (null) and uses the default one; a generic one
        // holds the key type's default comparer, named the same way.
        private static string DescribeComparer(object? comparer) =>
            comparer is null || DefaultComparers.IsDefault(comparer) ? "the default comparer" : Describe(comparer) + CultureComparerText.Details(comparer);

        public static string KeyOrder(int position, object? expected, object? found) =>
            Format("The keys are in another order: at position {0} expected the key {1} but found {2}.", position, DescribeKey(expected), DescribeKey(found));

        public static string MemberOrder(int position, string expected, string found) =>
            Format("The members are in another order: at position {0} expected '{1}' but found '{2}'.", position, expected, found);

        public static string Shared(object value, string referencePath) =>
            Format("This [{0}] is also reachable from the reference object, at {1}: a change through one graph shows in the other.", Engine.TypeNames.Readable(value.GetType()), referencePath);

        /// <summary>A value in words: framework values as they are (long strings cut), anything else by its type.</summary>
        public static string Describe(object? value)
        {
            switch (value)
            {
                case null:
                    return "$null";
                case string text:
                    return ValueText.Quote(text.Length > MaxTextLength ? text.Substring(0, MaxTextLength) + "..." : text);
                default:
                    return ValueText.Describe(value) ?? "a [" + Engine.TypeNames.Readable(value.GetType()) + "]";
            }
        }

        /// <summary>A key or set item in words, typed as its path writes it, so keys 1 and 1L read differently.</summary>
        private static string DescribeKey(object? key) =>
            key is PriorityQueueElement element ? DescribeKey(element.Element)
            : key is null || key is string ? Describe(key) : ValueText.Key(key) ?? Describe(key);

        private static string Shape(Array array)
        {
            var parts = new string[array.Rank];
            for (var dimension = 0; dimension < array.Rank; dimension++)
            {
                var lower = array.GetLowerBound(dimension);
                var length = array.GetLength(dimension).ToString(CultureInfo.InvariantCulture);
                parts[dimension] = lower == 0 ? length : lower.ToString(CultureInfo.InvariantCulture) + ".." + (lower + array.GetLength(dimension) - 1).ToString(CultureInfo.InvariantCulture);
            }

            return string.Join("x", parts);
        }

        private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
