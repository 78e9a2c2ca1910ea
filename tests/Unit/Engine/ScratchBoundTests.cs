using System;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Engine;

/// <summary>
/// A copy's scratch grows with the work still pending, not with the graph: a huge array is scheduled a slice at a
/// time, and path entries of finished work are dropped. Observed from inside the copy, through the hook handler.
/// </summary>
public sealed class ScratchBoundTests
{
    public ScratchBoundTests() => HookHandler.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_huge_array_keeps_one_slice_of_work_and_paths(DeepCopyStrategy strategy)
    {
        const int Length = 50_000;
        var probe = new ScratchProbe();

        var source = new object[Length];
        for (var i = 0; i < Length; i++)
        {
            source[i] = probe.NewItem();
        }

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(Length, probe.Populated);
        Assert.Equal(Length, copy.Length);
        Assert.All(copy, item => Assert.IsType<HookItem>(item));
        Assert.InRange(probe.MaxWork, 1, ArrayPopulator.SliceLength + 1);
        Assert.InRange(probe.MaxPaths, 1, ArrayPopulator.SliceLength + 2);
    }

    public static TheoryData<DeepCopyStrategy, string> CollectionsByStrategy()
    {
        var data = new TheoryData<DeepCopyStrategy, string>();
        foreach (var strategy in new[] { DeepCopyStrategy.Auto, DeepCopyStrategy.Reflection, DeepCopyStrategy.Compiled, DeepCopyStrategy.Pooled })
        {
            foreach (var kind in new[] { "List", "Dictionary", "Hashtable" })
            {
                data.Add(strategy, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CollectionsByStrategy))]
    public void A_huge_collection_keeps_its_pending_children_bounded(DeepCopyStrategy strategy, string kind)
    {
        const int Count = 50_000;
        var probe = new ScratchProbe();

        object source = kind switch
        {
            "List" => Fill(new System.Collections.Generic.List<object>(), (list, i, item) => list.Add(item)),
            "Dictionary" => Fill(new System.Collections.Generic.Dictionary<int, object>(), (map, i, item) => map.Add(i, item)),
            _ => Fill(new System.Collections.Hashtable(), (table, i, item) => table.Add(i, item)),
        };

        T Fill<T>(T collection, Action<T, int, object> add)
        {
            for (var i = 0; i < Count; i++)
            {
                add(collection, i, probe.NewItem());
            }

            return collection;
        }

        var copy = (System.Collections.ICollection)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(Count, probe.Populated);
        Assert.Equal(Count, copy.Count);
        Assert.InRange(probe.MaxWork, 1, DeepCopyContext.InPlaceDrainThreshold + 1);
        Assert.InRange(probe.MaxPaths, 1, DeepCopyContext.InPlaceDrainThreshold + 8);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Filling_a_huge_list_early_keeps_sharing_and_cycles(DeepCopyStrategy strategy)
    {
        // Elements point back at the list and at each other across the early-fill boundaries.
        var list = new System.Collections.Generic.List<object>();
        var nodes = new Link[30_000];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new Link { Value = i };
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i].Next = nodes[(i * 7919) % nodes.Length];
            nodes[i].Payload = i % 3 == 0 ? list : nodes[nodes.Length - 1 - i];
            list.Add(nodes[i]);
        }

        var copy = DeepCopier.Copy(list, new DeepCopyOptions { Strategy = strategy });

        GraphAssert.IsDeepCopy(list, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Filling_a_huge_table_early_keeps_identity_keys_sharing_and_cycles(DeepCopyStrategy strategy)
    {
        // 20,000 values are filled early; among them a dictionary keyed by identity, whose keys are copied whole (a
        // nested drain inside the early one). (Kept to 2,000 keys: the test's comparer pairs such keys slowly.)
        var map = new System.Collections.Generic.Dictionary<Link, object?>(System.Collections.Generic.ReferenceEqualityComparer.Instance);
        var table = new System.Collections.Hashtable();
        var links = new Link[20_000];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new Link { Value = i };
        }

        for (var i = 0; i < links.Length; i++)
        {
            links[i].Next = links[(i * 31) % links.Length];
            links[i].Payload = i % 5 == 0 ? table : map;
            table.Add(i, i % 2 == 0 ? links[i] : links[links.Length - 1 - i]);
        }

        for (var i = 0; i < 2_000; i++)
        {
            map.Add(new Link { Value = -i }, links[i * 10]);
        }

        var copy = DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy });

        GraphAssert.IsDeepCopy(table, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_error_deep_in_a_sliced_array_still_names_its_place(DeepCopyStrategy strategy)
    {
        var source = new object?[10_000];
        for (var i = 0; i < source.Length; i++)
        {
            source[i] = new[] { new object() };
        }

        source[9_000] = new[] { (object)new System.IO.MemoryStream() };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$[9000][0]", error.Path);
    }

    /// <summary>Hook items that record, each time one is filled, how much work and how many paths the copy holds.</summary>
    private sealed class ScratchProbe
    {
        public int MaxWork { get; private set; }

        public int MaxPaths { get; private set; }

        public int Populated { get; private set; }

        public HookItem NewItem() => new HookItem(onPopulate: Observe);

        private void Observe(HookItem item, DeepCopyContext context)
        {
            Populated++;
            MaxWork = Math.Max(MaxWork, context.Work.Count);
            MaxPaths = Math.Max(MaxPaths, context.Path.Count);
        }
    }

    private sealed class Link
    {
        public int Value;

        public Link? Next;

        public object? Payload;
    }
}
