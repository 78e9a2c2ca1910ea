using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>A subclass of a class-library collection is compared by meaning and by the fields it declares itself.</summary>
    public sealed class CollectionSubclassFieldTests
    {
        public sealed class TaggedList : List<int>
        {
            public string Tag = string.Empty;
            public List<int> Extra = new List<int>();
        }

        public sealed class TaggedCollection : Collection<int>
        {
            public string Tag = string.Empty;
        }

        public sealed class TaggedDictionary : Dictionary<string, int>
        {
            public string Tag = string.Empty;
        }

        public sealed class TaggedSet : HashSet<int>
        {
            public string Tag = string.Empty;
        }

        public sealed class TaggedHashtable : Hashtable
        {
            public string Tag = string.Empty;
        }

        public sealed class TaggedLinkedList : LinkedList<int>
        {
            public string Tag = string.Empty;
        }

        public static TheoryData<string, object, object> TaggedPairs() => new TheoryData<string, object, object>
        {
            { "List<T>", Filled(new TaggedList { Tag = "a" }, l => l.Add(1)), Filled(new TaggedList { Tag = "b" }, l => l.Add(1)) },
            { "Collection<T>", Filled(new TaggedCollection { Tag = "a" }, c => c.Add(1)), Filled(new TaggedCollection { Tag = "b" }, c => c.Add(1)) },
            { "Dictionary<K,V>", Filled(new TaggedDictionary { Tag = "a" }, d => d["k"] = 1), Filled(new TaggedDictionary { Tag = "b" }, d => d["k"] = 1) },
            { "HashSet<T>", Filled(new TaggedSet { Tag = "a" }, s => s.Add(1)), Filled(new TaggedSet { Tag = "b" }, s => s.Add(1)) },
            { "Hashtable", Filled(new TaggedHashtable { Tag = "a" }, h => h["k"] = 1), Filled(new TaggedHashtable { Tag = "b" }, h => h["k"] = 1) },
            { "LinkedList<T>", Filled(new TaggedLinkedList { Tag = "a" }, l => l.AddLast(1)), Filled(new TaggedLinkedList { Tag = "b" }, l => l.AddLast(1)) },
        };

        [Theory]
        [MemberData(nameof(TaggedPairs))]
        public void AnOwnFieldThatDiffersIsReported(string name, object reference, object difference)
        {
            var found = DeepComparer.Compare(reference, difference);

            Assert.True(found.Count == 1 && found[0].Path == "$.Tag" && found[0].Kind == DeepDifferenceKind.ValueDifferent, name + ": found [" + string.Join(", ", found) + "]");
        }

        /// <summary>A LinkedList subclass is compared as a list: an item that differs is named by its index, not by node fields.</summary>
        [Fact]
        public void ALinkedListSubclassIsComparedItemByItem()
        {
            var reference = Filled(new TaggedLinkedList { Tag = "a" }, l => { l.AddLast(1); l.AddLast(2); });
            var difference = Filled(new TaggedLinkedList { Tag = "a" }, l => { l.AddLast(1); l.AddLast(3); });

            var found = DeepComparer.Compare(reference, difference);

            Assert.True(found.Count == 1 && found[0].Path == "$[1]" && found[0].Kind == DeepDifferenceKind.ValueDifferent, "found [" + string.Join(", ", found) + "]");
        }

        [Fact]
        public void AListSharedThroughAnOwnFieldIsFoundByTheIndependenceCheck()
        {
            var reference = new TaggedList { 1 };
            var difference = new TaggedList { 1 };
            difference.Extra = reference.Extra;

            var found = DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true });

            var shared = Assert.Single(found);
            Assert.Equal(DeepDifferenceKind.SharedReference, shared.Kind);
            Assert.Equal("$.Extra", shared.Path);
        }

        private static T Filled<T>(T collection, Action<T> fill)
        {
            fill(collection);
            return collection;
        }

        [Fact]
        public void ACopyOfASubclassIsEqualAndIndependent()
        {
            var source = Filled(new TaggedList { Tag = "t", Extra = { 3 } }, l => l.AddRange(new[] { 1, 2 }));

            Assert.Empty(DeepComparer.Compare(source, DeepCopier.Copy(source), new DeepCompareOptions { Independence = true }));
        }
    }
}
