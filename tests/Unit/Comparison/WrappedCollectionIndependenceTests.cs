using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// -Independence sees a mutable collection shared behind two wrapper instances: a change through one graph's wrapper
    /// shows through the other's, so the wrapped collection is shared even though the wrappers are not.
    /// </summary>
    public sealed class WrappedCollectionIndependenceTests
    {
        private static readonly DeepCompareOptions Independence = new DeepCompareOptions { Independence = true };

        /// <summary>A collection of the user's own that keeps its items in a list and enumerates them.</summary>
        public sealed class OwnCollection : ICollection
        {
            public OwnCollection(List<int> items)
            {
                Items = items;
            }

            public List<int> Items { get; }

            public int Count => Items.Count;

            public bool IsSynchronized => false;

            public object SyncRoot => this;

            public void CopyTo(Array array, int index) => ((ICollection)Items).CopyTo(array, index);

            public IEnumerator GetEnumerator() => Items.GetEnumerator();
        }

        /// <summary>Each case builds one wrapper over the collection it is given: called twice, two wrappers share it.</summary>
        private static readonly Dictionary<string, Func<object, object>> Wrappers = new Dictionary<string, Func<object, object>>
        {
            ["Collection"] = inner => new Collection<int>((List<int>)inner),
            ["ReadOnlyCollection"] = inner => new ReadOnlyCollection<int>((List<int>)inner),
            ["ReadOnlyCollectionOverArray"] = inner => new ReadOnlyCollection<int>((int[])inner),
            ["ReadOnlyObservableCollection"] = inner => new ReadOnlyObservableCollection<int>((ObservableCollection<int>)inner),
            ["ReadOnlyDictionary"] = inner => new ReadOnlyDictionary<string, int>((Dictionary<string, int>)inner),
            ["HashtableSynchronized"] = inner => Hashtable.Synchronized((Hashtable)inner),
            ["ArrayListSynchronized"] = inner => ArrayList.Synchronized((ArrayList)inner),
            ["ArrayListAdapter"] = inner => ArrayList.Adapter((ArrayList)inner),
            ["ArrayListReadOnly"] = inner => ArrayList.ReadOnly((ArrayList)inner),
            ["QueueSynchronized"] = inner => Queue.Synchronized((Queue)inner),
            ["SortedListSynchronized"] = inner => SortedList.Synchronized((SortedList)inner),
            ["BlockingCollection"] = inner => new BlockingCollection<int>((ConcurrentQueue<int>)inner),
            ["OwnCollection"] = inner => new OwnCollection((List<int>)inner),
        };

        public static TheoryData<string> Cases()
        {
            var data = new TheoryData<string>();
            foreach (var name in Wrappers.Keys)
            {
                data.Add(name);
            }

            return data;
        }

        /// <summary>A BlockingCollection holds a cancellation source, which the engine refuses to copy.</summary>
        public static TheoryData<DeepCopyStrategy, string> CopyCases() => Strategies.With(Wrappers.Keys.Where(name => name != "BlockingCollection").ToArray());

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_collection_shared_behind_two_wrappers_is_reported(string name)
        {
            var inner = Inner(name);
            var reference = new Hashtable { ["v"] = Wrappers[name](inner) };
            var difference = new Hashtable { ["v"] = Wrappers[name](inner) };

            var shared = DeepComparer.Compare(reference, difference, Independence);

            var found = Assert.Single(shared, d => ReferenceEquals(d.ReferenceValue, inner));
            Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
            Assert.StartsWith("$['v'].", found.Path, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(CopyCases))]
        public void A_copy_of_a_wrapper_is_independent(DeepCopyStrategy strategy, string name)
        {
            var source = new Hashtable { ["v"] = Wrappers[name](Inner(name)), ["text"] = "shared string" };

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.Empty(DeepComparer.Compare(source, copy, Independence));
        }

        [Fact]
        public void A_holder_whose_wrapper_keeps_the_source_list_is_reported()
        {
            var list = new List<int> { 1, 2 };
            var reference = new CompareTypes.Box { Content = new Collection<int>(list) };
            var difference = new CompareTypes.Box { Content = new Collection<int>(list) };

            var found = Assert.Single(DeepComparer.Compare(reference, difference, Independence));

            Assert.Same(list, found.ReferenceValue);
            Assert.Equal("$.Content.items", found.Path);
        }

        [Fact]
        public void A_dictionary_comparer_of_the_users_own_is_not_walked()
        {
            // The copy engine rebuilds a dictionary with its source's comparer: sharing a comparer is no shared data.
            var comparer = new CountingComparer();
            var source = new Dictionary<string, int>(comparer) { ["a"] = 1 };

            var copy = DeepCopier.Copy(source);

            Assert.Empty(DeepComparer.Compare(source, copy, Independence));
        }

        /// <summary>A comparer with mutable state of its own, which the walk would report if it read it.</summary>
        private sealed class CountingComparer : IEqualityComparer<string>
        {
            public List<string> Seen = new List<string>();

            public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

            public int GetHashCode(string obj) => obj.Length;
        }

        private static object Inner(string name)
        {
            switch (name)
            {
                case "ReadOnlyCollectionOverArray":
                    return new[] { 1, 2 };
                case "ReadOnlyObservableCollection":
                    return new ObservableCollection<int> { 1, 2 };
                case "ReadOnlyDictionary":
                    return new Dictionary<string, int> { ["a"] = 1 };
                case "HashtableSynchronized":
                    return new Hashtable { ["a"] = new List<int> { 1 } };
                case "ArrayListSynchronized":
                case "ArrayListAdapter":
                case "ArrayListReadOnly":
                    return new ArrayList { 1, "two" };
                case "QueueSynchronized":
                    return new Queue(new[] { 1, 2 });
                case "SortedListSynchronized":
                    return new SortedList { ["a"] = 1 };
                case "BlockingCollection":
                    return new ConcurrentQueue<int>(new[] { 1, 2 });
                default:
                    return new List<int> { 1, 2 };
            }
        }
    }
}
