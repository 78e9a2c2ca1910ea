using System;
using System.Collections.Specialized;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// A NameValueCollection (any NameObjectCollectionBase) enumerates only its keys: it is compared by key and by the
    /// values under each key, in the order the collection keeps its keys.
    /// </summary>
    public sealed class NameValueCollectionCompareTests
    {
        /// <summary>A NameObjectCollectionBase of the user's own, holding object values.</summary>
        private sealed class Settings : NameObjectCollectionBase
        {
            public void Add(string? name, object? value) => BaseAdd(name, value);
        }

        private sealed class Holder
        {
            public NameValueCollection Values = new NameValueCollection();
        }

        [Fact]
        public void AValueThatDiffersIsReportedUnderItsKey()
        {
            var found = Assert.Single(DeepComparer.Compare(new NameValueCollection { { "a", "1" } }, new NameValueCollection { { "a", "2" } }));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Equal("$['a'][0]", found.Path);
            Assert.Equal("Expected '1' but found '2'.", found.Message);
        }

        [Fact]
        public void AKeyHoldsSeveralValues()
        {
            var found = Assert.Single(DeepComparer.Compare(
                new NameValueCollection { { "a", "1" }, { "a", "2" } },
                new NameValueCollection { { "a", "1" } }));

            Assert.Equal(DeepDifferenceKind.CountDifferent, found.Kind);
            Assert.Equal("$['a']", found.Path);
        }

        [Fact]
        public void NullValuesAreValuesToo()
        {
            // Add(key, null) keeps the key with no value; Set(key, null) keeps one null value.
            var noValue = new NameValueCollection { { "a", null } };
            var oneNull = new NameValueCollection();
            oneNull.Set("a", null);

            Assert.Empty(DeepComparer.Compare(noValue, new NameValueCollection { { "a", null } }));
            Assert.Equal("$['a']", Assert.Single(DeepComparer.Compare(noValue, oneNull)).Path);
            Assert.Equal("$['a']", Assert.Single(DeepComparer.Compare(noValue, new NameValueCollection { { "a", "1" } })).Path);
        }

        [Fact]
        public void MissingAndExtraKeysAreReported()
        {
            var found = DeepComparer.Compare(new NameValueCollection { { "a", "1" }, { null, "n" } }, new NameValueCollection { { "b", "1" } });

            Assert.Contains(found, d => d.Kind == DeepDifferenceKind.MissingKey && d.Path == "$['a']");
            Assert.Contains(found, d => d.Kind == DeepDifferenceKind.MissingKey && d.Path == "$[$null]");
            Assert.Contains(found, d => d.Kind == DeepDifferenceKind.ExtraKey && d.Path == "$['b']");
            Assert.Equal(3, found.Count);
        }

        [Fact]
        public void KeysAreFoundThroughTheCollectionsComparer()
        {
            // The default comparer ignores case, so 'A' is the key 'a'.
            Assert.Empty(DeepComparer.Compare(new NameValueCollection { { "a", "1" } }, new NameValueCollection { { "A", "1" } }));
            Assert.Contains(
                DeepComparer.Compare(new NameValueCollection(StringComparer.Ordinal) { { "a", "1" } }, new NameValueCollection(StringComparer.OrdinalIgnoreCase) { { "a", "1" } }),
                d => d.Kind == DeepDifferenceKind.ComparerDifferent);
        }

        [Fact]
        public void KeysInAnotherOrderAreAnOrderDifference()
        {
            var found = Assert.Single(DeepComparer.Compare(
                new NameValueCollection { { "a", "1" }, { "b", "2" } },
                new NameValueCollection { { "b", "2" }, { "a", "1" } }));

            Assert.Equal(DeepDifferenceKind.OrderDifferent, found.Kind);
            Assert.Equal("$", found.Path);
        }

        [Fact]
        public void AChangedCopyInAFieldIsCaught()
        {
            var source = new Holder();
            source.Values.Add("a", "1");
            source.Values.Add(null, "n");
            var copy = DeepCopier.Copy(source);

            Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));

            copy.Values["a"] = "changed";
            var found = Assert.Single(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
            Assert.Equal("$.Values['a'][0]", found.Path);
        }

        [Fact]
        public void ANameObjectCollectionOfItsOwnIsComparedByItsValues()
        {
            var shared = new int[1];
            var source = new Settings();
            source.Add("a", 1);
            source.Add("list", shared);

            Assert.Empty(DeepComparer.Compare(source, DeepCopier.Copy(source), new DeepCompareOptions { Independence = true }));

            var other = new Settings();
            other.Add("a", 2);
            other.Add("list", shared);
            var found = DeepComparer.Compare(source, other, new DeepCompareOptions { Independence = true });
            Assert.Contains(found, d => d.Kind == DeepDifferenceKind.ValueDifferent && d.Path == "$['a']");
            Assert.Contains(found, d => d.Kind == DeepDifferenceKind.SharedReference && d.Path == "$['list']");
            Assert.Equal(2, found.Count);
        }
    }
}
