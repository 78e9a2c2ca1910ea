using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Arrays keep element type, rank and bounds; their elements are deep-copied and sharing survives.</summary>
public sealed class ArrayTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Int_array_is_block_copied_into_a_new_array(DeepCopyStrategy strategy)
    {
        var source = new[] { 1, 2, 3 };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Equal(source, copy);
        copy[0] = 99;
        Assert.Equal(1, source[0]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Object_array_elements_are_deep_copied_and_sharing_is_kept(DeepCopyStrategy strategy)
    {
        var shared = new Node { Value = 1 };
        var source = new object?[] { shared, "text", 42, null, shared, new List<int> { 1 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(shared, copy[0]);
        Assert.Same(copy[0], copy[4]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Jagged_array_rows_are_new_arrays(DeepCopyStrategy strategy)
    {
        var row = new[] { 2, 3 };
        var source = new[] { new[] { 1 }, row, row, null };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source[0], copy[0]);
        Assert.Same(copy[1], copy[2]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Multi_dimensional_arrays_keep_shape_and_values(DeepCopyStrategy strategy)
    {
        var node = new Node { Value = 5 };
        var source = new Holder { Ints = new[,] { { 1, 2, 3 }, { 4, 5, 6 } }, Objects = new object?[,] { { node, "a" }, { null, node } } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source.Ints, copy.Ints);
        Assert.Equal(6, copy.Ints![1, 2]);
        Assert.NotSame(node, copy.Objects![0, 0]);
        Assert.Same(copy.Objects[0, 0], copy.Objects[1, 1]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Non_zero_lower_bounds_are_kept(DeepCopyStrategy strategy)
    {
        var node = new Node { Value = 1 };
        var vector = Array.CreateInstance(typeof(object), new[] { 3 }, new[] { 5 });
        vector.SetValue(node, 5);
        vector.SetValue("s", 6);
        vector.SetValue(node, 7);
        var grid = Array.CreateInstance(typeof(int), new[] { 2, 3 }, new[] { -1, 10 });
        grid.SetValue(42, 0, 12);
        var source = new Holder { Any = vector, Other = grid };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var vectorCopy = Assert.IsAssignableFrom<Array>(copy.Any);
        Assert.Equal(vector.GetType(), vectorCopy.GetType());
        Assert.Equal(5, vectorCopy.GetLowerBound(0));
        Assert.NotSame(node, vectorCopy.GetValue(5));
        Assert.Same(vectorCopy.GetValue(5), vectorCopy.GetValue(7));
        Assert.Equal(42, ((Array)copy.Other!).GetValue(0, 12));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Struct_elements_point_at_copies_of_their_references(DeepCopyStrategy strategy)
    {
        var shared = new List<int> { 2 };
        var source = new Holder
        {
            Slots = new[] { new Slot { Items = new List<int> { 1 }, Number = 1 }, new Slot { Items = shared }, new Slot { Items = shared } },
            Grid = new Slot[,] { { new Slot { Items = shared, Number = 3 } } },
        };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source.Slots[0].Items, copy.Slots![0].Items);
        Assert.Equal(source.Slots[0].Items, copy.Slots[0].Items);
        Assert.NotSame(shared, copy.Slots[1].Items);
        Assert.Same(copy.Slots[1].Items, copy.Slots[2].Items);
        Assert.Same(copy.Slots[1].Items, copy.Grid![0, 0].Items);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Nullable_struct_elements_holding_references_are_copied(DeepCopyStrategy strategy)
    {
        var source = new Slot?[] { new Slot { Items = new List<int> { 1 } }, null };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source[0]!.Value.Items, copy[0]!.Value.Items);
        Assert.Null(copy[1]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Element_type_is_kept_even_behind_covariance(DeepCopyStrategy strategy)
    {
        object[] strings = new[] { "a", "b" };
        object[] nodes = new[] { new Node { Value = 1 } };
        var source = new object[] { strings, nodes, new IList[] { new ArrayList { 1 } } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.IsType<string[]>(copy[0]);
        Assert.IsType<Node[]>(copy[1]);
        Assert.IsType<IList[]>(copy[2]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    private struct Slot
    {
        public List<int>? Items;
        public int Number;
    }

    private sealed class Holder
    {
        public int[,]? Ints;
        public object?[,]? Objects;
        public object? Any;
        public object? Other;
        public Slot[]? Slots;
        public Slot[,]? Grid;
    }
}
