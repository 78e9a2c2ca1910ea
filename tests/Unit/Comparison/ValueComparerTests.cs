using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// The immutable dictionaries keep a value comparer beside their key comparer (ContainsValue, and SetItem keeps the
    /// old instance when the new value is equal by it): two that differ only there behave differently and are reported.
    /// </summary>
    public sealed class ValueComparerTests
    {
        public static TheoryData<string, object, object> DifferentValueComparers()
        {
            var ignoreCase = StringComparer.OrdinalIgnoreCase;
            return new TheoryData<string, object, object>
            {
                { "ImmutableDictionary", ImmutableDictionary.Create<string, string>().Add("k", "v"), ImmutableDictionary.Create<string, string>().WithComparers(null, ignoreCase).Add("k", "v") },
                { "ImmutableSortedDictionary", ImmutableSortedDictionary.Create<string, string>().Add("k", "v"), ImmutableSortedDictionary.Create<string, string>().WithComparers(null, ignoreCase).Add("k", "v") },
                { "ImmutableDictionary.Builder", ImmutableDictionary.CreateBuilder<string, string>(EqualityComparer<string>.Default, ignoreCase), ImmutableDictionary.CreateBuilder<string, string>() },
                { "ImmutableSortedDictionary.Builder", Sorted(ignoreCase), ImmutableSortedDictionary.CreateBuilder<string, string>() },
            };
        }

        [Theory]
        [MemberData(nameof(DifferentValueComparers))]
        public void DifferentValueComparersAreReported(string name, object reference, object difference)
        {
            var found = DeepComparer.Compare(reference, difference);

            var comparer = Assert.Single(found);
            Assert.Equal(DeepDifferenceKind.ComparerDifferent, comparer.Kind);
            Assert.Equal("$", comparer.Path);
            Assert.True(comparer.Message.StartsWith("Expected values compared by ", StringComparison.Ordinal), name + ": " + comparer.Message);
            Assert.Single(DeepComparer.Compare(difference, reference));
        }

        [Fact]
        public void KeyAndValueComparersAreReportedApart()
        {
            var ignoreCase = StringComparer.OrdinalIgnoreCase;
            var reference = ImmutableDictionary.Create<string, string>(ignoreCase, ignoreCase).Add("k", "v");
            var difference = ImmutableDictionary.Create<string, string>().Add("k", "v");

            var messages = DeepComparer.Compare(reference, difference).Select(d => d.Message).OrderBy(m => m, StringComparer.Ordinal).ToArray();

            Assert.Equal(2, messages.Length);
            Assert.StartsWith("Expected keys compared by ", messages[0], StringComparison.Ordinal);
            Assert.StartsWith("Expected values compared by ", messages[1], StringComparison.Ordinal);
        }

        public static TheoryData<DeepCopyStrategy> Exact => Strategies.ExactStrategies;

        [Theory]
        [MemberData(nameof(Exact))]
        public void CopiesKeepTheValueComparerAndCompareEqual(DeepCopyStrategy strategy)
        {
            var ignoreCase = StringComparer.OrdinalIgnoreCase;
            var options = new DeepCopyOptions { Strategy = strategy };
            object[] sources =
            {
                ImmutableDictionary.Create<string, string>().WithComparers(null, ignoreCase).Add("k", "v"),
                ImmutableSortedDictionary.Create<string, string>().WithComparers(null, ignoreCase).Add("k", "v"),
                ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal, ignoreCase),
                Sorted(ignoreCase),
            };

            foreach (var source in sources)
            {
                var copy = DeepCopier.Copy(source, options)!;

                Assert.Empty(DeepComparer.Compare(source, copy));
            }

            var dictionary = (ImmutableDictionary<string, string>)DeepCopier.Copy((object)ImmutableDictionary.Create<string, string>().WithComparers(null, ignoreCase).Add("k", "v"), options)!;
            Assert.Same(ignoreCase, dictionary.ValueComparer);
        }

        private static ImmutableSortedDictionary<string, string>.Builder Sorted(StringComparer values)
        {
            var builder = ImmutableSortedDictionary.CreateBuilder<string, string>();
            builder.ValueComparer = values;
            return builder;
        }
    }
}
