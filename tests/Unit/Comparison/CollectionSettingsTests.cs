using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Class-library collections compared by their items also compare the settings that change what they do: a
    /// StringBuilder's MaxCapacity, a BlockingCollection's bound, completion and underlying collection, a Queue's growth
    /// factor, and the type of the list a Collection wraps (over an array it is read-only). A ReadOnlyCollection is
    /// read-only whatever it wraps (WrappedComparerTests keeps one over a List equal to one over an array).
    /// </summary>
    public sealed class CollectionSettingsTests
    {
        public static TheoryData<DeepCopyStrategy> Exact => Strategies.ExactStrategies;

        public static TheoryData<string, object, object, string, DeepDifferenceKind> DifferentSettings()
        {
            var completed = Blocking(new ConcurrentQueue<int>(), -1);
            completed.CompleteAdding();
            return new TheoryData<string, object, object, string, DeepDifferenceKind>
            {
                { "StringBuilder MaxCapacity", Builder(10), Builder(100), "$.MaxCapacity", DeepDifferenceKind.ValueDifferent },
                { "Collection over int[] or List", new Collection<int>(new[] { 1 }), new Collection<int>(new List<int> { 1 }), "$", DeepDifferenceKind.TypeDifferent },
                { "BlockingCollection bounded or not", Blocking(new ConcurrentQueue<int>(), 1), Blocking(new ConcurrentQueue<int>(), -1), "$.BoundedCapacity", DeepDifferenceKind.ValueDifferent },
                { "BlockingCollection completed or not", Blocking(new ConcurrentQueue<int>(), -1), completed, "$.IsAddingCompleted", DeepDifferenceKind.ValueDifferent },
                { "BlockingCollection over a queue or a stack", Blocking(new ConcurrentQueue<int>(), -1), Blocking(new ConcurrentStack<int>(), -1), "$", DeepDifferenceKind.TypeDifferent },
                { "Queue growth factor", new Queue(4, 3.0f), new Queue(4, 2.0f), "$.GrowFactor", DeepDifferenceKind.ValueDifferent },
            };
        }

        [Theory]
        [MemberData(nameof(DifferentSettings))]
        public void ADifferentSettingIsReportedAndNamed(string name, object reference, object difference, string path, DeepDifferenceKind kind)
        {
            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.True(found.Kind == kind && found.Path == path, name + ": " + found);
            Assert.Single(DeepComparer.Compare(difference, reference));
        }

        [Fact]
        public void AWrappedTypeDifferenceNamesBothWrappedTypes()
        {
            var found = Assert.Single(DeepComparer.Compare(new Collection<int>(new[] { 1 }), new Collection<int>(new List<int> { 1 })));

            Assert.Equal("Expected a [System.Collections.ObjectModel.Collection[System.Int32]] that wraps a [System.Int32[]] but found one that wraps a [System.Collections.Generic.List[System.Int32]].", found.Message);
        }

        [Fact]
        public void EqualSettingsCompareEqual()
        {
            Assert.Empty(DeepComparer.Compare(Builder(10), Builder(10)));
            Assert.Empty(DeepComparer.Compare(new Collection<int>(new List<int> { 1 }), new Collection<int>(new List<int> { 1 })));
            Assert.Empty(DeepComparer.Compare(new ObservableCollection<int> { 1 }, new ObservableCollection<int> { 1 }));
            Assert.Empty(DeepComparer.Compare(new List<int> { 1 }.AsReadOnly(), new List<int> { 1 }.AsReadOnly()));
            Assert.Empty(DeepComparer.Compare(Blocking(new ConcurrentStack<int>(), 3), Blocking(new ConcurrentStack<int>(), 3)));
            Assert.Empty(DeepComparer.Compare(new Queue(4, 3.0f), new Queue(8, 3.0f)));

            // Capacity is not a setting that is compared.
            Assert.Empty(DeepComparer.Compare(new StringBuilder("ab", 4), new StringBuilder("ab", 64)));
            Assert.Empty(DeepComparer.Compare(new Queue(1), new Queue(100)));
        }

        [Theory]
        [MemberData(nameof(Exact))]
        public void CopiesKeepEverySettingAndCompareEqual(DeepCopyStrategy strategy)
        {
            var completed = Blocking(new ConcurrentStack<int>(), 5);
            completed.CompleteAdding();
            var queue = new Queue(4);
            queue.Enqueue(1);
            var graph = new object[]
            {
                Builder(10), new Collection<int>(new[] { 1 }), new ReadOnlyCollection<int>(new[] { 2 }), new ObservableCollection<int> { 3 },
                Blocking(new ConcurrentQueue<int>(), 1), completed, queue,
            };

            // A completed collection has cancelled its consumers' cancellation source, which a copy may only share.
            var copy = (object[])DeepCopier.Copy((object)graph, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Reference })!;

            Assert.Empty(DeepComparer.Compare(graph, copy));
            Assert.Equal(10, ((StringBuilder)copy[0]).MaxCapacity);
            Assert.True(((ICollection<int>)copy[1]).IsReadOnly);
            Assert.Equal(1, ((BlockingCollection<int>)copy[4]).BoundedCapacity);
            var completedCopy = (BlockingCollection<int>)copy[5];
            Assert.True(completedCopy.IsAddingCompleted);
            Assert.Equal(5, completedCopy.BoundedCapacity);
            Assert.Equal(new[] { 1 }, completedCopy.ToArray());
        }

        [Theory]
        [MemberData(nameof(Exact))]
        public void CopiesKeepAQueuesGrowthFactor(DeepCopyStrategy strategy)
        {
            // 1.3 and 1.07 are not exact in binary; 1.0 and 10.0 are the constructor's bounds.
            foreach (var factor in new[] { 3.0f, 1.3f, 1.07f, 1.0f, 10.0f })
            {
                var queue = new Queue(4, factor);
                queue.Enqueue(1);

                var copy = DeepCopier.Copy(queue, new DeepCopyOptions { Strategy = strategy });

                Assert.Empty(DeepComparer.Compare(queue, copy));
            }
        }

        private static StringBuilder Builder(int maxCapacity) => new StringBuilder(4, maxCapacity).Append("ab");

        private static BlockingCollection<int> Blocking(IProducerConsumerCollection<int> inner, int bound)
        {
            var collection = bound < 0 ? new BlockingCollection<int>(inner) : new BlockingCollection<int>(inner, bound);
            collection.Add(1);
            return collection;
        }
    }
}
