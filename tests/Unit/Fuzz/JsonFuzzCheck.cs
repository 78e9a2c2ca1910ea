using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// What the Json strategy must do with every generated JSON-shaped graph: come back exactly as the documented loss
/// rules say, share nothing with the source (SharedReferences: not even within itself), leave the source unchanged;
/// fail with CycleNotSupported once a cycle is added; and cut at MaxDepth exactly at the graph's depth.
/// </summary>
internal static class JsonFuzzCheck
{
    public static int Run(int seed)
    {
        var (root, containers) = JsonGraphGenerator.Create(seed);
        switch (seed % 10)
        {
            case 0 when AddCycle(root):
                var before = GraphSnapshot.Take(root);
                var cycle = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(root, Options(0), out _));
                Assert.Equal(DeepCopyErrorKind.CycleNotSupported, cycle.Kind);
                before.AssertUnchanged(root);
                return containers.Count;
            case 1 when JsonExpectation.Depth(root) >= 2:
                var depth = JsonExpectation.Depth(root);
                CopiesAsDocumented(root, Options(depth));
                var settled = GraphSnapshot.Take(root);
                var tooDeep = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(root, Options(depth - 1), out _));
                Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, tooDeep.Kind);
                settled.AssertUnchanged(root);
                return containers.Count;
            default:
                CopiesAsDocumented(root, Options(0));
                return containers.Count;
        }
    }

    private static DeepCopyOptions Options(int maxDepth) => new DeepCopyOptions { Strategy = DeepCopyStrategy.Json, MaxDepth = maxDepth };

    private static void CopiesAsDocumented(object? root, DeepCopyOptions options)
    {
        var before = GraphSnapshot.Take(root);
        var copy = DeepCopier.Copy(root, options, out _);
        before.AssertUnchanged(root);
        Assert.Equal(JsonExpectation.Expected(root), JsonExpectation.Actual(copy));
        IndependenceChecker.Check(root, copy, null);
        AssertTree(copy);
    }

    /// <summary>SharedReferences: a value reached twice in the source is two copies, so no container of the copy is reached twice.</summary>
    private static void AssertTree(object? copy)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object?>();
        stack.Push(copy);
        while (stack.Count > 0)
        {
            var value = stack.Pop();
            IEnumerable? children = value switch
            {
                PSObject custom => Values(custom),
                IDictionary dictionary => dictionary.Values,
                object?[] items => items,
                _ => null,
            };
            if (children == null)
            {
                continue;
            }

            if (!seen.Add(value!))
            {
                throw new XunitException("The Json copy holds one " + value!.GetType() + " in two places; shared references must come back as two copies.");
            }

            foreach (var child in children)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The note values; a script property's getter is never run (the source's throw if they are).</summary>
    private static List<object?> Values(PSObject custom)
    {
        var values = new List<object?>();
        foreach (var property in custom.Properties)
        {
            if (property is PSNoteProperty note)
            {
                values.Add(note.Value);
            }
        }

        return values;
    }

    /// <summary>Puts the root inside one of the containers it reaches; false when the root cannot take part in a cycle.</summary>
    private static bool AddCycle(object? root)
    {
        var reachable = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var value = stack.Pop();
            if (value is null || value is string || !seen.Add(value))
            {
                continue;
            }

            switch (value)
            {
                case PSObject custom when custom.ImmediateBaseObject is PSCustomObject:
                    reachable.Add(custom);
                    Values(custom).ForEach(stack.Push);
                    break;
                case IDictionary dictionary when !dictionary.IsFixedSize:
                    reachable.Add(dictionary);
                    foreach (var child in dictionary.Values)
                    {
                        stack.Push(child);
                    }

                    break;
                case IList list when !list.IsFixedSize:
                    reachable.Add(list);
                    foreach (var child in list)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        if (reachable.Count == 0 || !reachable.Contains(root!))
        {
            return false;
        }

        var target = reachable[reachable.Count - 1];
        switch (target)
        {
            case PSObject custom:
                custom.Members.Add(new PSNoteProperty("cycle", root));
                break;
            case IDictionary<int, object?> byNumber:
                byNumber[1000] = root;
                break;
            case IDictionary dictionary:
                dictionary["cycle"] = root;
                break;
            default:
                ((IList)target).Add(root);
                break;
        }

        return true;
    }
}
