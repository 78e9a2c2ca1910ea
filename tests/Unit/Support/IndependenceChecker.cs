using System;
using System.Collections.Generic;
using System.Management.Automation;
using Xunit.Sdk;

namespace DeepCopy.Tests.Support;

/// <summary>
/// Proves that no mutable object is reachable from both a source and its copy. It follows every field and element,
/// framework internals included (a read-only wrapper over the source's own list would pass any API comparison),
/// with an explicit stack. Immutables and objects shared by design are allowed on both sides.
/// </summary>
internal static class IndependenceChecker
{
    public static void Check(object? source, object? copy, Func<object, bool>? shared)
    {
        var sourceNodes = Reach(source, shared, forbidden: null);
        Reach(copy, shared, sourceNodes);
    }

    /// <summary>The mutable objects reachable from <paramref name="root"/>; fails on reaching one of <paramref name="forbidden"/>.</summary>
    private static HashSet<object> Reach(object? root, Func<object, bool>? shared, HashSet<object>? forbidden)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(object Value, GraphPath? Path)>();
        if (root != null)
        {
            // Paths are only tracked on the copy's side, where a failure needs one.
            stack.Push((root, forbidden != null ? GraphPath.Root : null));
        }

        while (stack.Count > 0)
        {
            var (value, path) = stack.Pop();
            var kind = NodeClassifier.Classify(value);
            if (kind == NodeKind.Leaf || kind == NodeKind.ImmutableStruct || (shared != null && shared(value)) || !visited.Add(value))
            {
                continue;
            }

            if (forbidden != null && forbidden.Contains(value) && !IsFrozenImmutableNode(value))
            {
                throw new XunitException(
                    "The copy is not independent of its source: at " + path + " (following every field) it reaches the source's own " +
                    value.GetType() + ", so changing one changes the other.");
            }

            if (kind == NodeKind.PSObject)
            {
                PushPSObjectParts((PSObject)value, path, stack);
                continue;
            }

            if (value is PSMemberInfo member)
            {
                // A member object is checked for itself; of its state only a note's value is data.
                if (PSObjectView.TryGetNoteValue(member, out var noteValue) && noteValue != null)
                {
                    stack.Push((noteValue, path));
                }

                continue;
            }

            if (value is Array array)
            {
                if (!NodeClassifier.NeverHoldsNodes(array.GetType().GetElementType()!))
                {
                    var index = 0;
                    foreach (var item in array)
                    {
                        if (item != null)
                        {
                            stack.Push((item, path?.Index(index)));
                        }

                        index++;
                    }
                }

                continue;
            }

            foreach (var field in FieldCache.All(value.GetType()))
            {
                if (NodeClassifier.NeverHoldsNodes(field.FieldType))
                {
                    continue;
                }

                var child = field.GetValue(value);
                if (child != null)
                {
                    stack.Push((child, path?.Member(FieldCache.DisplayName(field))));
                }
            }
        }

        return visited;
    }

    /// <summary>A PSObject's base object and its own member objects; its raw fields lead into PowerShell's shared caches.</summary>
    private static void PushPSObjectParts(PSObject value, GraphPath? path, Stack<(object Value, GraphPath? Path)> stack)
    {
        foreach (var member in PSObjectView.OwnMembers(value))
        {
            stack.Push((member, path?.Member(member.Name)));
        }

        if (value.ImmediateBaseObject != null)
        {
            stack.Push((value.ImmediateBaseObject, path?.Member("psbase")));
        }
    }

    /// <summary>
    /// The internal tree nodes of System.Collections.Immutable are frozen once published, and the library shares
    /// some (its empty nodes) between every instance. Reaching one from both sides is not shared mutable state; the
    /// walk still goes through it, so any mutable value it holds is still checked.
    /// </summary>
    private static bool IsFrozenImmutableNode(object value)
    {
        var type = value.GetType();
        return type.Namespace == "System.Collections.Immutable" && !type.IsPublic && !type.IsNestedPublic;
    }
}
