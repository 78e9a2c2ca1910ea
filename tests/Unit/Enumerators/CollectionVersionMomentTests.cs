using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Enumerators;

/// <summary>
/// A copy may take its source's version only when it holds what the source held at that version, laid out as the
/// source laid it out (review 34 of the hunt-33 change): a sorted list whose comparer orders the keys otherwise now,
/// and a synchronized list written by another thread after its items were read, must not hand a copied enumerator or
/// view the source's version. Either the copied enumerator or view reads what the source's reads, or it fails loudly.
/// </summary>
public sealed class CollectionVersionMomentTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_sorted_list_of_shared_keys_whose_comparer_now_orders_otherwise_never_resumes_elsewhere(DeepCopyStrategy strategy)
    {
        var comparer = new SwitchableComparer();
        var list = new SortedList<string, int>(comparer);
        foreach (var key in new[] { "a", "b", "c", "d", "e", "f" })
        {
            list.Add(key, key[0]);
        }

        var source = list.GetEnumerator();
        source.MoveNext();
        source.MoveNext();
        comparer.Descending = true;

        var copy = DeepCopier.Copy<IEnumerator<KeyValuePair<string, int>>>(source, new DeepCopyOptions { Strategy = strategy })!;

        AssertResumesRightOrFailsLoudly(Rest(source), () => Rest(copy));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_view_made_after_a_write_that_follows_the_synchronized_read_never_reads_the_older_items(DeepCopyStrategy strategy)
    {
        var inner = new ArrayList { new WriterStandIn(), "b", "c", "d" };
        var holder = new ViewHolder();
        inner.Add(holder);
        var shared = ArrayList.Synchronized(inner);

        // The copier runs after the wrapper's items were read under its lock, as another runspace's write could.
        var policies = TypePolicySet.CreateBuilder().Custom(typeof(WriterStandIn), _ =>
        {
            shared.RemoveAt(2);
            shared.Insert(1, "X");
            holder.View = inner.GetRange(1, 2);
            return new WriterStandIn();
        }).Build();

        var copy = DeepCopier.Copy(shared, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies })!;

        var copiedView = ((ViewHolder)copy[copy.Count - 1]!).View!;
        AssertResumesRightOrFailsLoudly(Rest(holder.View!.GetEnumerator()), () => Rest(copiedView.GetEnumerator()));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Checking_a_sorted_list_s_layout_leaves_the_source_as_it_was(DeepCopyStrategy strategy)
    {
        // SortedList<K,V>.Keys makes and keeps a key list the first time it is read: the check must not read it.
        var byText = new SortedList<string, object?> { ["b"] = 1, ["a"] = new List<int> { 2 } };
        var byNumber = new SortedList<int, object?> { [2] = "two", [1] = new object[] { 1 } };
        var graph = new object[] { byText, byNumber };
        var before = GraphSnapshot.Take(graph);

        DeepCopier.Copy(graph, new DeepCopyOptions { Strategy = strategy });

        before.AssertUnchanged(graph);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_sorted_list_of_numbers_resumes_at_the_copied_entry(DeepCopyStrategy strategy)
    {
        var list = new SortedList<int, string>();
        for (var i = 10; i > 0; i--)
        {
            list.Add(i, "v" + i);
        }

        list.Remove(4);
        var source = list.GetEnumerator();
        for (var step = 0; step < 3; step++)
        {
            source.MoveNext();
        }

        var copy = DeepCopier.Copy<IEnumerator<KeyValuePair<int, string>>>(source, new DeepCopyOptions { Strategy = strategy })!;

        var rest = new List<string>();
        while (copy.MoveNext())
        {
            rest.Add(copy.Current.Key + "=" + copy.Current.Value);
        }

        var expected = new List<string>();
        while (source.MoveNext())
        {
            expected.Add(source.Current.Key + "=" + source.Current.Value);
        }

        Assert.Equal(expected, rest);
    }

    private static void AssertResumesRightOrFailsLoudly(List<string> expected, Func<List<string>> read)
    {
        List<string>? actual = null;
        var failure = Record.Exception(() => actual = read());
        if (failure is null)
        {
            Assert.Equal(expected, actual);
        }
        else
        {
            Assert.IsType<InvalidOperationException>(failure);
        }
    }

    private static List<string> Rest(IEnumerator enumerator)
    {
        var rest = new List<string>();
        while (enumerator.MoveNext())
        {
            rest.Add(enumerator.Current is KeyValuePair<string, int> pair ? pair.Key : $"{enumerator.Current}");
        }

        return rest;
    }

    /// <summary>Orders strings ascending, or descending once switched: the order a sorted list was filled in no longer holds.</summary>
    private sealed class SwitchableComparer : IComparer<string>
    {
        public bool Descending { get; set; }

        public int Compare(string? x, string? y) => Descending ? string.CompareOrdinal(y, x) : string.CompareOrdinal(x, y);
    }

    private sealed class WriterStandIn
    {
    }

    private sealed class ViewHolder
    {
        public ArrayList? View { get; set; }
    }
}
