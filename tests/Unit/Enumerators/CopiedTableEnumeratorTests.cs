using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Enumerators;

/// <summary>
/// A copied enumerator of a table resumes at the copied entry only where the copy lays its entries out as the source
/// (hunt 33). A Hashtable copied bucket by bucket, and a sorted list whose copied keys sit at the source's indices, keep
/// the source's version, so their enumerators work. A rebuilt Hashtable (mostly empty room, or keys the copy copies)
/// lays its entries out otherwise: its copied enumerator must throw "Collection was modified" rather than resume at
/// other entries, as it did when the rebuilt table happened to reach the source's version.
/// </summary>
public sealed class CopiedTableEnumeratorTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_mid_walk_enumerator_of_a_rebuilt_sparse_table_fails_loudly(DeepCopyStrategy strategy)
    {
        var table = new Hashtable(1000);
        for (var i = 1; i <= 200; i++)
        {
            table["k" + i] = i;
        }

        var source = Walked(table.GetEnumerator(), 190);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Throws<InvalidOperationException>(() => copy.MoveNext());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_fresh_enumerator_of_a_presized_table_fails_loudly_instead_of_reading_past_its_buckets(DeepCopyStrategy strategy)
    {
        var table = new Hashtable(1000) { ["a"] = 1, ["b"] = 2 };

        var copy = DeepCopier.Copy(table.GetEnumerator(), new DeepCopyOptions { Strategy = strategy })!;

        Assert.Throws<InvalidOperationException>(() => copy.MoveNext());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_enumerator_of_a_table_rebuilt_for_its_copied_keys_fails_loudly(DeepCopyStrategy strategy)
    {
        var table = new Hashtable();
        foreach (var key in Enumerable.Range(0, 20).Select(i => new List<int> { i }))
        {
            table[key] = key.Count;
        }

        var synchronized = Walked(Hashtable.Synchronized(table).GetEnumerator(), 5);
        var alone = Walked(table.GetEnumerator(), 5);

        var copy = DeepCopier.Copy(new[] { alone, synchronized }, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Throws<InvalidOperationException>(() => copy[0].MoveNext());
        Assert.Throws<InvalidOperationException>(() => copy[1].MoveNext());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_mid_walk_enumerator_of_a_bucket_copied_table_resumes_at_the_copied_entry(DeepCopyStrategy strategy)
    {
        var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i <= 50; i++)
        {
            table["k" + i] = i;
        }

        table.Remove("k7");
        var source = Walked(table.GetEnumerator(), 20);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(Rest(source), Rest(copy));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Sorted_list_enumerators_resume_at_the_copied_entry_after_a_remove_and_a_rewrite(DeepCopyStrategy strategy)
    {
        var generic = new SortedList<string, int>();
        var nonGeneric = new SortedList();
        var objects = new SortedList<Box, string>(Comparer<Box>.Create((x, y) => x.Value.CompareTo(y.Value)));
        for (var i = 1; i <= 10; i++)
        {
            generic["k" + i] = i;
            nonGeneric[i] = "v" + i;
            objects[new Box(i)] = "v" + i;
        }

        generic.Remove("k3");
        generic["k4"] = 40;
        nonGeneric.Remove(3);
        nonGeneric[4] = "forty";
        objects.RemoveAt(2);
        objects[objects.Keys[2]] = "forty";
        var sources = new IEnumerator[]
        {
            Walked(generic.GetEnumerator(), 3),
            Walked(nonGeneric.GetEnumerator(), 3),
            Walked(objects.GetEnumerator(), 3),
        };

        var copies = DeepCopier.Copy(sources, new DeepCopyOptions { Strategy = strategy })!;

        for (var index = 0; index < sources.Length; index++)
        {
            Assert.Equal(Rest(sources[index]), Rest(copies[index]));
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_sorted_list_ordered_by_identity_resumes_right_or_fails_loudly_never_elsewhere(DeepCopyStrategy strategy)
    {
        var byIdentity = Comparer<Box>.Create((x, y) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(x).CompareTo(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(y)));
        var list = new SortedList<Box, int>(byIdentity);
        for (var i = 0; i < 30; i++)
        {
            list.Add(new Box(i), i);
        }

        var source = Walked(list.GetEnumerator(), 10);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        List<string>? rest = null;
        var failure = Record.Exception(() => rest = Rest(copy));
        if (failure is null)
        {
            Assert.Equal(Rest(source), rest);
        }
        else
        {
            Assert.IsType<InvalidOperationException>(failure);
        }
    }

    private static T Walked<T>(T enumerator, int steps)
        where T : IEnumerator
    {
        for (var step = 0; step < steps; step++)
        {
            Assert.True(enumerator.MoveNext());
        }

        return enumerator;
    }

    private static List<string> Rest(IEnumerator enumerator)
    {
        var rest = new List<string>();
        while (enumerator.MoveNext())
        {
            rest.Add(enumerator.Current switch
            {
                DictionaryEntry entry => $"{Describe(entry.Key)}={entry.Value}",
                KeyValuePair<string, int> pair => $"{pair.Key}={pair.Value}",
                KeyValuePair<Box, string> pair => $"{pair.Key.Value}={pair.Value}",
                KeyValuePair<Box, int> pair => $"{pair.Key.Value}={pair.Value}",
                var other => $"{other}",
            });
        }

        return rest;
    }

    private static string Describe(object key) => key is Box box ? $"box{box.Value}" : $"{key}";

    /// <summary>A key the copy copies (a class of fields), so the rebuilt list re-sorts copies rather than shared keys.</summary>
    private sealed class Box
    {
        public Box(int value)
        {
            Value = value;
        }

        public int Value { get; }
    }
}
