using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>A class-library wrapper compares keys with the collection it wraps: a copy that lost that comparer is caught.</summary>
    public sealed class WrappedComparerTests
    {
        /// <summary>A keyed collection, which a ReadOnlyCollection can wrap.</summary>
        private sealed class NamedItems : KeyedCollection<string, string>
        {
            public NamedItems(IEqualityComparer<string> comparer)
                : base(comparer)
            {
            }

            protected override string GetKeyForItem(string item) => item;
        }

        public static TheoryData<string, object, object> WrappersOfDifferentComparers()
        {
            var data = new TheoryData<string, object, object>();
            var ignoreCase = StringComparer.OrdinalIgnoreCase;
            data.Add(
                "ReadOnlyDictionary",
                new ReadOnlyDictionary<string, int>(new Dictionary<string, int>(ignoreCase) { ["a"] = 1 }),
                new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { ["a"] = 1 }));
            data.Add(
                "ReadOnlyDictionary of a ReadOnlyDictionary",
                new ReadOnlyDictionary<string, int>(new ReadOnlyDictionary<string, int>(new Dictionary<string, int>(ignoreCase) { ["a"] = 1 })),
                new ReadOnlyDictionary<string, int>(new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { ["a"] = 1 })));
            data.Add(
                "ReadOnlySet",
                new ReadOnlySet<string>(new HashSet<string>(ignoreCase) { "a" }),
                new ReadOnlySet<string>(new HashSet<string> { "a" }));
            data.Add(
                "ReadOnlyCollection of a KeyedCollection",
                new ReadOnlyCollection<string>(new NamedItems(ignoreCase) { "a" }),
                new ReadOnlyCollection<string>(new NamedItems(StringComparer.Ordinal) { "a" }));
            data.Add(
                "Hashtable.Synchronized",
                Hashtable.Synchronized(new Hashtable(ignoreCase) { ["a"] = 1 }),
                Hashtable.Synchronized(new Hashtable { ["a"] = 1 }));
            return data;
        }

        [Theory]
        [MemberData(nameof(WrappersOfDifferentComparers))]
        public void TheWrappedCollectionsComparerIsCompared(string name, object reference, object difference)
        {
            var found = DeepComparer.Compare(reference, difference);

            Assert.True(found.Any(d => d.Kind == DeepDifferenceKind.ComparerDifferent && d.Path == "$"), name + ": found [" + string.Join(", ", found) + "]");
            Assert.Empty(DeepComparer.Compare(reference, DeepCopier.Copy(reference)));
        }

        [Fact]
        public void TheMessageNamesTheWrappedComparers()
        {
            var found = Assert.Single(DeepComparer.Compare(
                new ReadOnlyDictionary<string, int>(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)),
                new ReadOnlyDictionary<string, int>(new Dictionary<string, int>())));

            Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
            Assert.Contains("OrdinalIgnoreCase", found.Message);
        }

        [Fact]
        public void WrappersOfEqualComparersAndOfListsStayEqual()
        {
            Assert.Empty(DeepComparer.Compare(
                new ReadOnlyDictionary<string, int>(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1 }),
                new ReadOnlyDictionary<string, int>(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1 })));
            Assert.Empty(DeepComparer.Compare(new ReadOnlyCollection<int>(new List<int> { 1 }), new ReadOnlyCollection<int>(new[] { 1 })));
            var items = new ObservableCollection<int> { 1 };
            Assert.Empty(DeepComparer.Compare(new ReadOnlyObservableCollection<int>(items), new ReadOnlyObservableCollection<int>(new ObservableCollection<int> { 1 })));
        }
    }
}
