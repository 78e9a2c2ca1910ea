using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.IO;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Equals, GetHashCode and ToString that throw cannot break a copy that has no reason to call them.</summary>
public sealed class ThrowingMembersTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Values_with_throwing_members_in_fields_lists_and_dictionary_values_copy(DeepCopyStrategy strategy)
    {
        var shared = new Explosive();
        var source = new Holder
        {
            Field = shared,
            Items = new List<Explosive> { shared, new Explosive() },
            Array = new object[] { new Explosive() },
            Values = new Dictionary<string, Explosive> { ["a"] = shared },
            Table = new Hashtable { ["b"] = new Explosive() },
            Ordered = new OrderedDictionary { ["c"] = new Explosive() },
            Sorted = new SortedDictionary<string, Explosive> { ["d"] = new Explosive() },
            Concurrent = new ConcurrentDictionary<int, Explosive>(new[] { new KeyValuePair<int, Explosive>(1, new Explosive()) }),
            Observable = new ObservableCollection<Explosive> { new Explosive() },
            Queue = new Queue<Explosive>(new[] { new Explosive() }),
        };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(shared, copy.Field);
        Assert.Same(copy.Field, copy.Items![0]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Keys_with_throwing_members_copy_under_a_reference_comparer(DeepCopyStrategy strategy)
    {
        var key = new Explosive();
        var source = new Holder { Field = key, Keyed = new Dictionary<object, int>(ReferenceEqualityComparer.Instance) { [key] = 1 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.True(copy.Keyed!.ContainsKey(copy.Field!));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Error_path_names_a_key_without_calling_its_ToString(DeepCopyStrategy strategy)
    {
        var source = new Dictionary<object, object>(ReferenceEqualityComparer.Instance) { [new Explosive()] = new MemoryStream() };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$[<key of type " + typeof(Explosive).FullName + ">]", error.Path);
    }

    private sealed class Holder
    {
        public Explosive? Field;
        public List<Explosive>? Items;
        public object[]? Array;
        public Dictionary<string, Explosive>? Values;
        public Hashtable? Table;
        public OrderedDictionary? Ordered;
        public SortedDictionary<string, Explosive>? Sorted;
        public ConcurrentDictionary<int, Explosive>? Concurrent;
        public ObservableCollection<Explosive>? Observable;
        public Queue<Explosive>? Queue;
        public Dictionary<object, int>? Keyed;
    }

    private sealed class Explosive
    {
        public List<int> Payload { get; } = new List<int> { 1 };

        public override bool Equals(object? obj) => throw new InvalidOperationException("Equals ran during a copy.");

        public override int GetHashCode() => throw new InvalidOperationException("GetHashCode ran during a copy.");

        public override string ToString() => throw new InvalidOperationException("ToString ran during a copy.");
    }
}
