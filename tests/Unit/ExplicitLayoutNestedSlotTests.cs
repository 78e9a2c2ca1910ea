using System.Linq;
using System.Runtime.InteropServices;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A reference slot of an explicit layout reached through a struct field and through a plain field at another declared
/// offset ([FieldOffset(0)] Pair S, whose X sits at 8, and [FieldOffset(8)] Leaf O) is one slot with two names. Only
/// names declared at the same offset were recognised, so the slot was copied twice: generated code read the second
/// name from the copy and copied the copy (sharing lost; a self-cycle through the slot looped for ever), and
/// reflection was right or wrong by declaration order. Each slot is now copied once, from the source, in every strategy.
/// </summary>
public sealed class ExplicitLayoutNestedSlotTests
{
    /// <summary>Deeper than any graph here, so a copy that starts copying its own copies stops instead of running for ever.</summary>
    private const int GuardDepth = 64;

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_slot_named_by_a_struct_field_and_a_later_field_is_copied_once(DeepCopyStrategy strategy)
    {
        var shared = new Leaf { V = 1 };
        var source = new Graph { First = new StructFirst { O = shared }, Second = new PlainFirst { O = shared }, Shared = shared };
        Assert.Same(shared, source.First.S.X);
        Assert.Same(shared, source.Second.S.X);

        var copy = Copy(source, strategy);

        Assert.NotSame(shared, copy.Shared);
        Assert.Same(copy.Shared, copy.First!.O);
        Assert.Same(copy.Shared, copy.First.S.X);
        Assert.Same(copy.Shared, copy.Second!.O);
        Assert.Same(copy.Shared, copy.Second.S.X);
        Assert.Equal(1, copy.Shared!.V);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_self_cycle_through_a_struct_named_slot_copies_one_object(DeepCopyStrategy strategy)
    {
        var source = new SelfHolder();
        source.O = source;
        Assert.Same(source, source.S.X);

        var copy = (SelfHolder?)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = GuardDepth }, out var statistics);

        Assert.NotSame(source, copy);
        Assert.Same(copy, copy!.O);
        Assert.Same(copy, copy.S.X);
        Assert.Equal(1, statistics.ObjectsCopied);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Two_struct_fields_sharing_a_slot_copy_it_once(DeepCopyStrategy strategy)
    {
        var a = new Leaf { V = 1 };
        var b = new Leaf { V = 2 };
        var c = new Leaf { V = 3 };
        var source = new TwoPairs();
        source.S.A = a;
        source.S.X = b;
        source.T.X = c;
        Assert.Same(b, source.T.A);
        var graph = new object[] { source, a, b, c };

        var copy = (object[])DeepCopier.Copy((object)graph, new DeepCopyOptions { Strategy = strategy, MaxDepth = GuardDepth })!;

        var pairs = (TwoPairs)copy[0];
        Assert.Same(copy[1], pairs.S.A);
        Assert.Same(copy[2], pairs.S.X);
        Assert.Same(copy[2], pairs.T.A);
        Assert.Same(copy[3], pairs.T.X);
        Assert.Equal(new[] { 1, 2, 3 }, copy.Skip(1).Cast<Leaf>().Select(leaf => leaf.V));
        Assert.DoesNotContain(copy, item => ReferenceEquals(item, a) || ReferenceEquals(item, b) || ReferenceEquals(item, c));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_explicit_struct_stored_inline_boxed_and_in_an_array_copies_its_shared_slot_once(DeepCopyStrategy strategy)
    {
        var shared = new Leaf { V = 4 };
        var value = new StructUnion { O = shared };
        value.S.A = new Leaf { V = 3 };
        Assert.Same(shared, value.S.X);
        var source = new UnionHolder { Inline = value, Boxed = value, Elements = new[] { value, value }, Shared = shared };

        var copy = Copy(source, strategy);

        Assert.NotSame(shared, copy.Shared);
        var boxed = (StructUnion)copy.Boxed!;
        foreach (var union in new[] { copy.Inline, boxed, copy.Elements![0], copy.Elements[1] })
        {
            Assert.Same(copy.Shared, union.O);
            Assert.Same(copy.Shared, union.S.X);
            Assert.NotSame(value.S.A, union.S.A);
            Assert.Equal(3, union.S.A!.V);
        }
    }

    /// <summary>
    /// A Nullable is copied as one value, and not at all while it holds none, so a plain field overlapping a reference
    /// inside it can be neither left to it nor copied beside it: the type is refused, naming both fields.
    /// </summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_plain_field_overlapping_a_reference_inside_a_nullable_is_refused(DeepCopyStrategy strategy)
    {
        foreach (var source in new object[] { new NullableFirst { N = new Pair { A = new Leaf() } }, new NullablePlainFirst { N = new Pair { A = new Leaf() } } })
        {
            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new object[] { source }, new DeepCopyOptions { Strategy = strategy }));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
            Assert.Equal("$[0]", error.Path);
            Assert.Same(source, error.OffendingValue);
            Assert.Contains("'N'", error.Message, System.StringComparison.Ordinal);
            Assert.Contains("'O'", error.Message, System.StringComparison.Ordinal);

            var dropped = DeepCopier.Copy(new object[] { source }, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null })!;
            Assert.Null(dropped[0]);
        }
    }

    [Fact]
    public void Auto_past_its_compile_threshold_copies_a_struct_named_slot_once()
    {
        var shared = new Leaf { V = 1 };
        var holders = Enumerable.Range(0, AdaptiveObjectFiller.CompileThreshold + 10).Select(_ => new StructFirst { O = shared }).ToArray();
        var source = new HotGraph { Holders = holders, Shared = shared };

        var (copy, plan) = DeepCopy.Tests.Support.HotAutoCopy<StructFirst>.Make(source);

        Assert.NotNull(plan.CompiledPopulate);
        Assert.NotSame(shared, copy.Shared);
        Assert.All(copy.Holders!, holder => Assert.Same(copy.Shared, holder.O));
    }

    [Fact]
    public void Auto_past_its_compile_threshold_copies_a_struct_named_self_cycle_once()
    {
        var holders = Enumerable.Range(0, AdaptiveObjectFiller.CompileThreshold + 10).Select(_ => new SelfHolder()).ToArray();
        foreach (var holder in holders)
        {
            holder.O = holder;
        }

        var options = new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto, MaxDepth = GuardDepth };
        var copy = (SelfHolder[]?)null;
        long objects = 0;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            // Tests running in parallel may throw every plan away; the copy is made again until the plan it used stayed.
            var plan = TypePlanCache.Get(typeof(SelfHolder));
            copy = (SelfHolder[]?)DeepCopier.Copy(holders, options, out var statistics);
            objects = statistics.ObjectsCopied;
            if (ReferenceEquals(plan, TypePlanCache.Get(typeof(SelfHolder))) && plan.CompiledPopulate != null)
            {
                break;
            }
        }

        Assert.Equal(holders.Length + 1, objects);
        Assert.All(copy!, holder => Assert.Same(holder, holder.O));
        Assert.All(copy!, holder => Assert.Same(holder, holder.S.X));
    }

    private static T Copy<T>(T source, DeepCopyStrategy strategy)
        where T : class =>
        DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = GuardDepth })!;

    public sealed class Leaf
    {
        public int V;
    }

    /// <summary>Two references: the runtime places them at 0 and 8 (auto layout puts references first, in order).</summary>
    public struct Pair
    {
        public Leaf? A;
        public Leaf? X;
    }

    public struct ObjectPair
    {
        public object? A;
        public object? X;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class StructFirst
    {
        [FieldOffset(0)]
        public Pair S;

        [FieldOffset(8)]
        public Leaf? O;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class PlainFirst
    {
        [FieldOffset(8)]
        public Leaf? O;

        [FieldOffset(0)]
        public Pair S;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class SelfHolder
    {
        [FieldOffset(0)]
        public ObjectPair S;

        [FieldOffset(8)]
        public object? O;
    }

    /// <summary>T.A is S.X: both pairs name the slot at 8.</summary>
    [StructLayout(LayoutKind.Explicit)]
    public sealed class TwoPairs
    {
        [FieldOffset(0)]
        public Pair S;

        [FieldOffset(8)]
        public Pair T;
    }

    /// <summary>A Nullable is copied whole (as a boxed Pair or null): its A, at 8 after the flag, is O.</summary>
    [StructLayout(LayoutKind.Explicit)]
    public sealed class NullableFirst
    {
        [FieldOffset(0)]
        public Pair? N;

        [FieldOffset(8)]
        public Leaf? O;
    }

    [StructLayout(LayoutKind.Explicit)]
    public sealed class NullablePlainFirst
    {
        [FieldOffset(8)]
        public Leaf? O;

        [FieldOffset(0)]
        public Pair? N;
    }

    [StructLayout(LayoutKind.Explicit)]
    public struct StructUnion
    {
        [FieldOffset(0)]
        public Pair S;

        [FieldOffset(8)]
        public Leaf? O;
    }

    public sealed class UnionHolder
    {
        public StructUnion Inline;
        public object? Boxed;
        public StructUnion[]? Elements;
        public Leaf? Shared;
    }

    public sealed class Graph
    {
        public StructFirst? First;
        public PlainFirst? Second;
        public Leaf? Shared;
    }

    public sealed class HotGraph
    {
        public StructFirst[]? Holders;
        public Leaf? Shared;
    }
}
