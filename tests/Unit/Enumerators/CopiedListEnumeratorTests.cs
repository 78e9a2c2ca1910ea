using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Enumerators;

/// <summary>
/// An ArrayList is rebuilt item for item at the source's indices and keeps the source's private version (hunt 33), so
/// what was made over it and is copied with it works on the copy: an enumerator at any position (PowerShell's
/// <c>$input</c> is one), a GetRange view, and the enumerators of an <c>[ordered]</c> table, whose entries live in an
/// ArrayList, after it lost or rewrote an entry. Before, each threw "Collection was modified" or read as invalid
/// whenever the list's version was not its count, as after <c>[ArrayList]@(...)</c> (one AddRange).
/// </summary>
public sealed class CopiedListEnumeratorTests
{
    public static TheoryData<DeepCopyStrategy, string> Histories => Strategies.With("AddRange", "RemoveAt", "SetItem", "Insert", "Adds");

    [Theory]
    [MemberData(nameof(Histories))]
    public void An_ArrayList_enumerator_resumes_at_the_copied_item_wherever_it_stood(DeepCopyStrategy strategy, string history)
    {
        for (var moved = 0; moved <= 4; moved++)
        {
            var list = Edited(history);
            var source = list.GetEnumerator();
            for (var step = 0; step < moved; step++)
            {
                source.MoveNext();
            }

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            Assert.Equal(Rest(source), Rest(copy));
        }
    }

    [Theory]
    [MemberData(nameof(Histories))]
    public void A_GetRange_view_reads_the_copied_items(DeepCopyStrategy strategy, string history)
    {
        var list = Edited(history);
        var graph = new Hashtable { ["Window"] = list.GetRange(1, 2), ["All"] = list };

        var copy = DeepCopier.Copy(graph, new DeepCopyOptions { Strategy = strategy })!;
        var window = (ArrayList)copy["Window"]!;
        var all = (ArrayList)copy["All"]!;

        Assert.Equal(2, window.Count);
        Assert.Equal(new[] { Describe(list[1]), Describe(list[2]) }, new[] { Describe(window[0]), Describe(window[1]) });
        Assert.Equal(Rest(list.GetRange(1, 2).GetEnumerator()), Rest(window.GetEnumerator()));
        Assert.Same(all[2], window[1]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_GetRange_view_copied_alone_reads_its_items(DeepCopyStrategy strategy)
    {
        var source = new ArrayList();
        source.AddRange(new[] { "a", "b", "c", "d" });

        var copy = DeepCopier.Copy(source.GetRange(1, 2), new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(new object[] { "b", "c" }, copy.ToArray());
    }

    [Theory]
    [MemberData(nameof(Histories))]
    public void A_synchronized_ArrayList_enumerator_resumes_at_the_copied_item(DeepCopyStrategy strategy, string history)
    {
        var source = ArrayList.Synchronized(Edited(history)).GetEnumerator();
        source.MoveNext();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(Rest(source), Rest(copy));
    }

    [Theory]
    [MemberData(nameof(OrderedEdits))]
    public void An_ordered_table_enumerator_resumes_at_the_copied_entry_after_an_edit(DeepCopyStrategy strategy, string edit)
    {
        var table = new OrderedDictionary { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["d"] = 4 };
        if (edit == "Remove")
        {
            table.Remove("a");
        }
        else
        {
            table["b"] = 5;
        }

        var source = table.GetEnumerator();
        source.MoveNext();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(Rest(source), Rest(copy));
    }

    public static TheoryData<DeepCopyStrategy, string> OrderedEdits => Strategies.With("Remove", "SetValue");

    private static ArrayList Edited(string history)
    {
        var list = new ArrayList();
        switch (history)
        {
            case "AddRange":
                list.AddRange(new object[] { 1, "two", 3.0, new List<int> { 4 } });
                break;
            case "RemoveAt":
                list.AddRange(new object[] { 0, 1, "two", 3.0, new List<int> { 4 } });
                list.RemoveAt(0);
                break;
            case "SetItem":
                list.AddRange(new object[] { 1, "two", 3.0, new List<int> { 4 } });
                list[0] = 10;
                break;
            case "Insert":
                list.AddRange(new object[] { "two", 3.0, new List<int> { 4 } });
                list.Insert(0, 1);
                break;
            default:
                foreach (var item in new object[] { 1, "two", 3.0, new List<int> { 4 } })
                {
                    list.Add(item);
                }

                break;
        }

        return list;
    }

    /// <summary>What is left to walk, structurally: numbers and strings as they are, a nested list as its items.</summary>
    private static List<string> Rest(IEnumerator enumerator)
    {
        var rest = new List<string>();
        while (enumerator.MoveNext())
        {
            rest.Add(Describe(enumerator.Current));
        }

        return rest;
    }

    private static string Describe(object? item) => item switch
    {
        DictionaryEntry entry => $"{entry.Key}={entry.Value}",
        List<int> list => "[" + string.Join(",", list) + "]",
        _ => $"{item}",
    };
}
