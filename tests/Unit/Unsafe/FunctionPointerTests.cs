using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.Unsafe;

/// <summary>
/// A function pointer (delegate*) is the address of code: immutable, owning nothing, so it is copied as a value, like
/// an IntPtr, in every exact strategy and whatever the NonCopyableAction. The generated code once read it as an object
/// reference (the runtime reports its type as a class), and an array of them could not be cloned at all.
/// </summary>
public sealed unsafe class FunctionPointerTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_function_pointer_field_of_a_class_is_copied_as_its_address(DeepCopyStrategy strategy)
    {
        var source = new Holder { F = &Twice, Items = new List<int> { 1 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal((nint)source.F, (nint)copy.F);
        Assert.Equal(42, copy.F(21));
        Assert.NotSame(source.Items, copy.Items);
        Assert.Equal(source.Items, copy.Items);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_function_pointer_in_a_struct_is_copied_with_the_struct(DeepCopyStrategy strategy)
    {
        var source = new[] { new PointerAndList { F = &Twice, L = new List<int> { 7 } } };
        var boxed = new StructHolder { S = new PointerAndList { F = &Thrice, L = new List<int> { 8 } } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        var copiedHolder = DeepCopier.Copy(boxed, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(42, copy[0].F(21));
        Assert.NotSame(source[0].L, copy[0].L);
        Assert.Equal(63, copiedHolder.S.F(21));
        Assert.NotSame(boxed.S.L, copiedHolder.S.L);
        Assert.Equal(new[] { 8 }, copiedHolder.S.L);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_array_of_function_pointers_is_copied_element_for_element(DeepCopyStrategy strategy)
    {
        var source = new delegate*<int, int>[] { &Twice, null, &Thrice };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(source, copy);
        Assert.Equal(3, copy.Length);
        Assert.Equal(42, copy[0](21));
        Assert.True(copy[1] == null);
        Assert.Equal(63, copy[2](21));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_array_of_function_pointers_inside_a_graph_is_its_own_copy(DeepCopyStrategy strategy)
    {
        var table = new delegate*<int, int>[] { &Twice };
        var source = new List<object> { table, table };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(table, copy[0]);
        Assert.Same(copy[0], copy[1]);
        Assert.Equal(42, ((delegate*<int, int>[])copy[0])[0](21));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_two_dimensional_array_of_function_pointers_is_copied_and_compared(DeepCopyStrategy strategy)
    {
        var source = new delegate*<int, int>[2, 2];
        source[1, 0] = &Thrice;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        source[1, 0] = &Twice;

        Assert.Equal(63, copy[1, 0](21));
        var difference = Assert.Single(DeepComparer.Compare(source, copy));
        Assert.Equal("$[1,0]", difference.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_ignored_function_pointer_field_is_left_null(DeepCopyStrategy strategy)
    {
        var source = new IgnoringHolder { F = &Twice, Kept = &Thrice };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.F == null);
        Assert.Equal(63, copy.Kept(21));
    }

    [Fact]
    public void Auto_copies_function_pointers_after_it_compiles_the_type()
    {
        var many = Enumerable.Range(0, AdaptiveObjectFiller.CompileThreshold + 10)
            .Select(i => new AutoHolder { F = (i & 1) == 0 ? &Twice : &Thrice, Items = new List<int> { i } })
            .ToList();

        var (copy, plan) = DeepCopy.Tests.Support.HotAutoCopy<AutoHolder>.Make(many);

        Assert.NotNull(plan.CompiledPopulate);
        for (var i = 0; i < many.Count; i++)
        {
            Assert.True((nint)copy[i].F == (nint)many[i].F, "element " + i);
            Assert.NotSame(many[i].Items, copy[i].Items);
        }
    }

    [Theory]
    [InlineData(NonCopyableAction.Null)]
    [InlineData(NonCopyableAction.Reference)]
    public void The_non_copyable_action_does_not_touch_a_function_pointer(NonCopyableAction action)
    {
        foreach (DeepCopyStrategy strategy in Strategies.All())
        {
            var copy = DeepCopier.Copy(new Holder { F = &Twice }, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = action })!;

            Assert.Equal(42, copy.F(21));
        }
    }

    [Fact]
    public void The_comparer_compares_function_pointers_by_address()
    {
        var same = DeepComparer.Compare(new Holder { F = &Twice }, new Holder { F = &Twice });
        var different = DeepComparer.Compare(new Holder { F = &Twice }, new Holder { F = &Thrice });

        Assert.Empty(same);
        var difference = Assert.Single(different);
        Assert.Equal("$.F", difference.Path);
        Assert.Equal(DeepDifferenceKind.ValueDifferent, difference.Kind);
    }

    [Fact]
    public void The_comparer_compares_arrays_of_function_pointers_element_by_element()
    {
        var left = new delegate*<int, int>[] { &Twice, &Thrice };
        var same = new delegate*<int, int>[] { &Twice, &Thrice };
        var other = new delegate*<int, int>[] { &Twice, &Twice };

        Assert.Empty(DeepComparer.Compare(left, same));
        var difference = Assert.Single(DeepComparer.Compare(left, other));
        Assert.Equal("$[1]", difference.Path);
        Assert.Empty(DeepComparer.Compare(left, DeepCopier.Copy(left)!, new DeepCompareOptions { Independence = true }));
    }

    private static int Twice(int x) => 2 * x;

    private static int Thrice(int x) => 3 * x;

    private sealed class Holder
    {
        public delegate*<int, int> F;

        public List<int>? Items;
    }

    private sealed class IgnoringHolder
    {
        [DeepCopyIgnore]
        public delegate*<int, int> F;

        public delegate*<int, int> Kept;
    }

    private sealed class AutoHolder
    {
        public delegate*<int, int> F;

        public List<int>? Items;
    }

    private struct PointerAndList
    {
        public delegate*<int, int> F;

        public List<int>? L;
    }

    private sealed class StructHolder
    {
        public PointerAndList S;
    }
}
