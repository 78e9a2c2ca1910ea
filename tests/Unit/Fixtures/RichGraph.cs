using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;

namespace DeepCopy.Tests.Fixtures;

/// <summary>One graph with a bit of everything: collections with comparers and order, sharing, cycles, structs.</summary>
public static class RichGraph
{
    public static Hashtable Create()
    {
        var shared = new Node { Value = 7 };
        var list = new List<object?> { 1, "two", shared, null, new[] { 3, 4 } };
        var ring = new Node { Value = 1, Next = new Node { Value = 2 } };
        ring.Next.Next = ring;
        var root = new Hashtable(StringComparer.OrdinalIgnoreCase)
        {
            ["list"] = list,
            ["ordered"] = new OrderedDictionary(StringComparer.OrdinalIgnoreCase) { ["zeta"] = shared, ["alpha"] = new ArrayList { 1, "a" } },
            ["dict"] = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase) { ["n"] = shared },
            ["set"] = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "x", "y" },
            ["sorted"] = new SortedDictionary<int, string> { [2] = "b", [1] = "a" },
            ["stack"] = new Stack<Node>(new[] { new Node { Value = 1 }, new Node { Value = 2 } }),
            ["queue"] = new Queue<object>(new object[] { shared, "q" }),
            ["linked"] = new LinkedList<int>(new[] { 1, 2, 3 }),
            ["grid"] = new object?[,] { { shared, 1 }, { "s", null } },
            ["pair"] = new KeyValuePair<string, List<int>>("k", new List<int> { 5 }),
            ["when"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ["ring"] = ring,
        };
        root["self"] = root;
        list.Add(list);
        return root;
    }
}
