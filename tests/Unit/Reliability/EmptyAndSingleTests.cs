using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Management.Automation;
using System.Security;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// Every supported container, empty and with a single element (a mutable one, so the element is copied too): the
/// copy is faithful and independent, the source unchanged, and copying the copy gives another faithful copy.
/// </summary>
public sealed class EmptyAndSingleTests
{
    private static readonly string[] Kinds =
    {
        "Hashtable", "OrderedDictionary", "Dictionary", "SortedDictionary", "SortedList", "SortedListOf", "ConcurrentDictionary",
        "HashSet", "SortedSet", "List", "LinkedList", "Queue", "Stack", "ObservableCollection", "ArrayList", "OldStack",
        "OldQueue", "Vector", "IntVector", "Grid", "OffsetVector", "ReadOnlyCollection", "ImmutableList",
        "ImmutableDictionary", "ImmutableHashSet", "OrderedHashtable", "PSCustomObject", "PSReference", "SecureString",
    };

    public EmptyAndSingleTests() => PowerShellRegistrations.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(Kinds);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Empty_and_single_element_containers_copy_and_copy_again(DeepCopyStrategy strategy, string kind)
    {
        foreach (var single in new[] { false, true })
        {
            var source = new List<object> { Create(kind, single ? new Node { Value = 1 } : null) };
            var before = GraphSnapshot.Take(source);
            var options = new DeepCopyOptions { Strategy = strategy };

            var copy = DeepCopier.Copy(source, options);
            before.AssertUnchanged(source);
            GraphAssert.IsDeepCopy(source, copy);

            var again = DeepCopier.Copy(copy, options);
            GraphAssert.IsDeepCopy(copy, again);
        }
    }

    /// <summary>The container, holding <paramref name="item"/> when it is given, or empty.</summary>
    private static object Create(string kind, Node? item)
    {
        var items = item is null ? Array.Empty<Node>() : new[] { item };
        switch (kind)
        {
            case "Hashtable":
                return Fill(new Hashtable(StringComparer.OrdinalIgnoreCase), items);
            case "OrderedDictionary":
                return Fill(new OrderedDictionary(StringComparer.OrdinalIgnoreCase), items);
            case "Dictionary":
                return Fill(new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase), items);
            case "SortedDictionary":
                return Fill(new SortedDictionary<string, Node>(StringComparer.Ordinal), items);
            case "SortedList":
                return Fill(new SortedList(StringComparer.OrdinalIgnoreCase), items);
            case "SortedListOf":
                return Fill(new SortedList<string, Node>(StringComparer.Ordinal), items);
            case "ConcurrentDictionary":
                return Fill(new ConcurrentDictionary<string, Node>(StringComparer.OrdinalIgnoreCase), items);
            case "HashSet":
                return new HashSet<Node>(items);
            case "SortedSet":
                return new SortedSet<int>(item is null ? Array.Empty<int>() : new[] { 1 });
            case "List":
                return new List<Node>(items);
            case "LinkedList":
                return new LinkedList<Node>(items);
            case "Queue":
                return new Queue<Node>(items);
            case "Stack":
                return new Stack<Node>(items);
            case "ObservableCollection":
                return new ObservableCollection<Node>(items);
            case "ArrayList":
                return new ArrayList(items);
            case "OldStack":
                return new Stack(items);
            case "OldQueue":
                return new Queue(items);
            case "Vector":
                return items;
            case "IntVector":
                return item is null ? Array.Empty<int>() : new[] { 1 };
            case "Grid":
                var grid = new object?[items.Length, items.Length];
                if (item != null)
                {
                    grid[0, 0] = item;
                }

                return grid;
            case "OffsetVector":
                var offset = Array.CreateInstance(typeof(object), new[] { items.Length }, new[] { 5 });
                if (item != null)
                {
                    offset.SetValue(item, 5);
                }

                return offset;
            case "ReadOnlyCollection":
                return new List<Node>(items).AsReadOnly();
            case "ImmutableList":
                return ImmutableList.CreateRange(items);
            case "ImmutableDictionary":
                return item is null ? ImmutableDictionary<string, Node>.Empty : ImmutableDictionary<string, Node>.Empty.Add("k", item);
            case "ImmutableHashSet":
                return ImmutableHashSet.CreateRange(items);
            case "OrderedHashtable":
                var ordered = (IDictionary)Activator.CreateInstance(typeof(PSObject).Assembly.GetType("System.Management.Automation.OrderedHashtable")!)!;
                return Fill(ordered, items);
            case "PSCustomObject":
                var custom = new PSObject();
                if (item != null)
                {
                    custom.Members.Add(new PSNoteProperty("item", item));
                }

                return custom;
            case "PSReference":
                return new PSReference(item);
            default:
                var secret = new SecureString();
                if (item != null)
                {
                    secret.AppendChar('s');
                }

                return secret;
        }
    }

    private static T Fill<T>(T dictionary, Node[] items)
        where T : IDictionary
    {
        foreach (var item in items)
        {
            dictionary["k"] = item;
        }

        return dictionary;
    }

    private static IDictionary<string, Node> Fill(IDictionary<string, Node> dictionary, Node[] items)
    {
        foreach (var item in items)
        {
            dictionary["k"] = item;
        }

        return dictionary;
    }
}
