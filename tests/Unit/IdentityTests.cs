using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>The copy has the same shape of references: what is shared stays shared, and cycles map to cycles.</summary>
public sealed class IdentityTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Shared_reference_stays_shared(DeepCopyStrategy strategy)
    {
        var list = new List<int> { 1 };
        var source = new Pair { A = list, B = list };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(list, copy.A);
        Assert.Same(copy.A, copy.B);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Equal_but_distinct_objects_stay_distinct(DeepCopyStrategy strategy)
    {
        var source = new Pair { A = new List<int> { 1 }, B = new List<int> { 1 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(copy.A, copy.B);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Self_cycle_maps_to_a_self_cycle(DeepCopyStrategy strategy)
    {
        var source = new Node { Value = 1 };
        source.Next = source;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Same(copy, copy.Next);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Cycle_through_dictionaries_maps_to_a_cycle(DeepCopyStrategy strategy)
    {
        var table = new Hashtable();
        var dictionary = new Dictionary<string, object> { ["table"] = table };
        table["self"] = table;
        table["dictionary"] = dictionary;
        dictionary["self"] = dictionary;

        var copy = DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(copy, copy["self"]);
        var dictionaryCopy = Assert.IsType<Dictionary<string, object>>(copy["dictionary"]);
        Assert.Same(dictionaryCopy, dictionaryCopy["self"]);
        Assert.Same(copy, dictionaryCopy["table"]);
        GraphAssert.IsDeepCopy(table, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Cycle_through_lists_and_arrays_maps_to_a_cycle(DeepCopyStrategy strategy)
    {
        var list = new List<object> { 1 };
        var array = new object[] { list, null! };
        list.Add(list);
        list.Add(array);
        array[1] = array;

        var copy = DeepCopier.Copy(list, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(copy, copy[1]);
        var arrayCopy = Assert.IsType<object[]>(copy[2]);
        Assert.Same(arrayCopy, arrayCopy[1]);
        Assert.Same(copy, arrayCopy[0]);
        GraphAssert.IsDeepCopy(list, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Node_referenced_from_several_collections_has_one_copy(DeepCopyStrategy strategy)
    {
        var node = new Node { Value = 9 };
        var source = new Pair { A = new List<Node> { node }, B = new object[] { new Hashtable { ["n"] = node }, new Queue<Node>(new[] { node }) } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var nodeCopy = ((List<Node>)copy.A!)[0];
        var rest = (object[])copy.B!;
        Assert.NotSame(node, nodeCopy);
        Assert.Same(nodeCopy, ((Hashtable)rest[0])["n"]);
        Assert.Same(nodeCopy, ((Queue<Node>)rest[1]).Peek());
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Shared_box_of_a_struct_holding_a_reference_stays_one_box(DeepCopyStrategy strategy)
    {
        object box = new KeyValuePair<string, List<int>>("k", new List<int> { 1 });
        var source = new Pair { A = box, B = box };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(box, copy.A);
        Assert.Same(copy.A, copy.B);
        GraphAssert.IsDeepCopy(source, copy);
    }

    private sealed class Pair
    {
        public object? A;

        public object? B;
    }
}
