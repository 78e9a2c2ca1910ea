using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.Specialized;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>Every class-library dictionary and set that compares keys differently is reported, wherever it keeps its comparer.</summary>
    public sealed class ComparerDifferenceTests
    {
        public static TheoryData<string, object, object> DifferentComparers()
        {
            var data = new TheoryData<string, object, object>();
            void Row(string name, object reference, object difference) => data.Add(name, reference, difference);

            var ignoreCase = StringComparer.OrdinalIgnoreCase;
            Row("ImmutableDictionary", ImmutableDictionary.Create<string, int>(ignoreCase).Add("x", 1), ImmutableDictionary.Create<string, int>().Add("x", 1));
            Row("ImmutableDictionary.Builder", ImmutableDictionary.CreateBuilder<string, int>(ignoreCase), ImmutableDictionary.CreateBuilder<string, int>());
            Row("ImmutableHashSet", ImmutableHashSet.Create(ignoreCase, "x"), ImmutableHashSet.Create("x"));
            Row("ImmutableSortedDictionary", ImmutableSortedDictionary.Create<string, int>(ignoreCase).Add("x", 1), ImmutableSortedDictionary.Create<string, int>().Add("x", 1));
            Row("ImmutableSortedSet", ImmutableSortedSet.Create<string>(ignoreCase, "x"), ImmutableSortedSet.Create("x"));
            Row("SortedList", new SortedList(CaseInsensitiveComparer.DefaultInvariant) { ["x"] = 1 }, new SortedList { ["x"] = 1 });
            Row("SortedList<,>", new SortedList<string, int>(ignoreCase) { ["x"] = 1 }, new SortedList<string, int>(StringComparer.Ordinal) { ["x"] = 1 });
            Row("ListDictionary", new ListDictionary(CaseInsensitiveComparer.DefaultInvariant) { ["x"] = 1 }, new ListDictionary { ["x"] = 1 });
            Row("HybridDictionary", new HybridDictionary(true) { ["x"] = 1 }, new HybridDictionary(false) { ["x"] = 1 });
            Row("NameValueCollection", new NameValueCollection(ignoreCase) { ["x"] = "1" }, new NameValueCollection(StringComparer.Ordinal) { ["x"] = "1" });
            Row("SortedDictionary", new SortedDictionary<string, int>(ignoreCase) { ["x"] = 1 }, new SortedDictionary<string, int>(StringComparer.Ordinal) { ["x"] = 1 });
            Row("SortedSet", new SortedSet<string>(ignoreCase) { "x" }, new SortedSet<string>(StringComparer.Ordinal) { "x" });
            Row("ConcurrentDictionary", new ConcurrentDictionary<string, int>(ignoreCase) { ["x"] = 1 }, new ConcurrentDictionary<string, int>(StringComparer.Ordinal) { ["x"] = 1 });
            Row("FrozenDictionary", new Dictionary<string, int> { ["x"] = 1 }.ToFrozenDictionary(ignoreCase), new Dictionary<string, int> { ["x"] = 1 }.ToFrozenDictionary(StringComparer.Ordinal));
            Row("FrozenSet", new[] { "x" }.ToFrozenSet(ignoreCase), new[] { "x" }.ToFrozenSet(StringComparer.Ordinal));
            Row("OrderedDictionary<,>", new OrderedDictionary<string, int>(ignoreCase) { ["x"] = 1 }, new OrderedDictionary<string, int>(StringComparer.Ordinal) { ["x"] = 1 });
            Row("OrderedDictionary", new OrderedDictionary(ignoreCase) { ["x"] = 1 }, new OrderedDictionary(StringComparer.Ordinal) { ["x"] = 1 });
            return data;
        }

        [Theory]
        [MemberData(nameof(DifferentComparers))]
        public void DifferentKeyComparersAreReported(string name, object reference, object difference)
        {
            var found = DeepComparer.Compare(reference, difference);

            Assert.True(found.Any(d => d.Kind == DeepDifferenceKind.ComparerDifferent && d.Path == "$"), name + ": found [" + string.Join(", ", found) + "]");
            Assert.Empty(DeepComparer.Compare(reference, reference.GetType() == difference.GetType() ? DeepCopier.Copy(reference) : reference));
        }

        [Fact]
        public void ADefaultComparerIsNamedInTheMessage()
        {
            var found = Assert.Single(DeepComparer.Compare(new ListDictionary(CaseInsensitiveComparer.DefaultInvariant), new ListDictionary()));

            Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
            Assert.Contains("the default comparer", found.Message);
        }

        public static TheoryData<string, object, object> GenericDefaults() => new TheoryData<string, object, object>
        {
            { "Dictionary<string,>", new Dictionary<string, int>(), new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) },
            { "Dictionary<int,>", new Dictionary<int, int>(), new Dictionary<int, int>(EqualityComparer<int>.Create((x, y) => x == y, x => x)) },
            { "HashSet<string>", new HashSet<string>(), new HashSet<string>(StringComparer.OrdinalIgnoreCase) },
            { "SortedDictionary<string,>", new SortedDictionary<string, int>(), new SortedDictionary<string, int>(StringComparer.Ordinal) },
            { "ImmutableDictionary<string,>", ImmutableDictionary<string, int>.Empty, ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase) },
        };

        [Theory]
        [MemberData(nameof(GenericDefaults))]
        public void AGenericCollectionMadeWithoutAComparerIsNamedAsUsingTheDefaultComparer(string name, object reference, object difference)
        {
            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
            Assert.True(found.Message.StartsWith("Expected keys compared by the default comparer but they are compared by a [", StringComparison.Ordinal), name + ": " + found.Message);
        }

        [Fact]
        public void OrdinalIsStillAnotherComparerThanTheDefaultForStringKeys()
        {
            // They compare strings alike, but they are two comparers a script can tell apart ($d.Comparer), and a copy
            // keeps the one its source has; Compare-DeepObject is strict there as it is for 1 against 1L.
            var found = Assert.Single(DeepComparer.Compare(new Dictionary<string, int>(), new Dictionary<string, int>(StringComparer.Ordinal)));

            Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
            Assert.Equal("Expected keys compared by the default comparer but they are compared by a [System.OrdinalCaseSensitiveComparer].", found.Message);
        }

        [Fact]
        public void TwoComparersOfOneTypeThatDifferAreNotDescribedAlike()
        {
            var descending = new SortedSet<int>(Comparer<int>.Create((x, y) => y.CompareTo(x))) { 1 };
            var ascending = new SortedSet<int>(Comparer<int>.Create((x, y) => x.CompareTo(y))) { 1 };

            var found = Assert.Single(DeepComparer.Compare(descending, ascending));

            Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
            Assert.Equal(
                "Expected keys compared by a [System.Collections.Generic.ComparisonComparer[System.Int32]] but they are compared by a different [System.Collections.Generic.ComparisonComparer[System.Int32]].",
                found.Message);
        }
    }
}
