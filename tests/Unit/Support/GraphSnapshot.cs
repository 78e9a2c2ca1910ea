using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;
using System.Security;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace DeepCopy.Tests.Support;

/// <summary>
/// A structural fingerprint of a graph: every value, type and field in walk order, with each object numbered on first
/// sight so sharing and cycles are part of it. <see cref="Take"/> follows raw fields (framework internals and
/// version counters included) and remembers each object, so <see cref="AssertUnchanged"/> also catches an object
/// swapped for another. <see cref="Fingerprint"/> reads collections through their API instead, so equal structures
/// in different graphs print alike.
/// </summary>
internal sealed class GraphSnapshot
{
    private readonly List<string> _tokens = new List<string>();
    private readonly List<object> _nodes = new List<object>();

    private GraphSnapshot()
    {
    }

    /// <summary>Objects (not structs or immutables) recorded in the graph.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Those objects, in walk order: what the graph actually reaches, for tests that place values in it.</summary>
    public IReadOnlyList<object> Nodes => _nodes;

    public static GraphSnapshot Take(object? root) => Build(root, useCollectionApi: false);

    public static string Fingerprint(object? root) => string.Join("\n", Build(root, useCollectionApi: true)._tokens);

    /// <summary>
    /// An order-blind summary of what <paramref name="root"/> reaches: one line per edge (its label with any index
    /// removed, and the type or value it leads to), sorted. Equal structures give equal shapes whatever order their
    /// hashed collections enumerate in; different structures almost always differ. The root's own edges are marked,
    /// so two objects of one cycle, which reach the same edges, still differ by their own fields. For pairing keys,
    /// not for proof: a pairing is always followed by a strict comparison.
    /// </summary>
    public static string Shape(object? root)
    {
        var lines = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<KeyValuePair<string, object?>>();
        var children = new List<KeyValuePair<string, object?>>();
        stack.Push(new KeyValuePair<string, object?>("$", root));
        while (stack.Count > 0)
        {
            var (label, value) = stack.Pop();
            var edge = Regex.Replace(label, @"\[\d+\]", "[]") + "=";
            if (value is null)
            {
                lines.Add(edge + "null");
                continue;
            }

            var kind = NodeClassifier.Classify(value);
            if (kind == NodeKind.Leaf)
            {
                lines.Add(edge + value.GetType().Name + ":" + ValueText.Of(value));
                continue;
            }

            lines.Add(edge + value.GetType().FullName);
            if (!value.GetType().IsValueType && !seen.Add(value))
            {
                continue;
            }

            children.Clear();
            AddChildren(value, kind, useCollectionApi: true, children);
            var own = ReferenceEquals(value, root) ? "^" : string.Empty;
            foreach (var child in children)
            {
                stack.Push(new KeyValuePair<string, object?>(own + child.Key, child.Value));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    public void AssertUnchanged(object? root)
    {
        var now = Build(root, useCollectionApi: false);
        var common = Math.Min(_tokens.Count, now._tokens.Count);
        for (var i = 0; i < common; i++)
        {
            if (!string.Equals(_tokens[i], now._tokens[i], StringComparison.Ordinal))
            {
                throw new XunitException("The source changed: step " + i + " was '" + _tokens[i] + "' and is now '" + now._tokens[i] + "'.");
            }
        }

        if (_tokens.Count != now._tokens.Count)
        {
            throw new XunitException("The source changed: its walk had " + _tokens.Count + " steps and now has " + now._tokens.Count + ".");
        }

        for (var i = 0; i < _nodes.Count; i++)
        {
            if (!ReferenceEquals(_nodes[i], now._nodes[i]))
            {
                throw new XunitException("The source changed: its object #" + i + ", a " + _nodes[i].GetType() + ", was replaced by another instance.");
            }
        }
    }

    private static GraphSnapshot Build(object? root, bool useCollectionApi)
    {
        var snapshot = new GraphSnapshot();
        var ids = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<KeyValuePair<string, object?>>();
        var children = new List<KeyValuePair<string, object?>>();
        stack.Push(new KeyValuePair<string, object?>("$", root));
        while (stack.Count > 0)
        {
            var (label, value) = stack.Pop();
            if (value is null)
            {
                snapshot._tokens.Add(label + "=null");
                continue;
            }

            var type = value.GetType();
            var kind = NodeClassifier.Classify(value);
            if (kind == NodeKind.Leaf)
            {
                snapshot._tokens.Add(label + "=" + type.Name + ":" + ValueText.Of(value));
                continue;
            }

            if (type.IsValueType)
            {
                snapshot._tokens.Add(label + "=" + type.FullName);
            }
            else if (ids.TryGetValue(value, out var seen))
            {
                snapshot._tokens.Add(label + "=@" + seen.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            else
            {
                ids.Add(value, ids.Count);
                snapshot._nodes.Add(value);
                snapshot._tokens.Add(label + "=#" + (ids.Count - 1).ToString(CultureInfo.InvariantCulture) + " " + type.FullName);
            }

            children.Clear();
            AddChildren(value, kind, useCollectionApi, children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return snapshot;
    }

    private static void AddChildren(object value, NodeKind kind, bool useCollectionApi, List<KeyValuePair<string, object?>> children)
    {
        // Members attached to an object held unwrapped are part of it for PowerShell, and copies carry them.
        foreach (var member in PSObjectView.UnwrappedMembers(value))
        {
            children.Add(new KeyValuePair<string, object?>("attached." + member.Name, member));
        }

        if (value is Array array)
        {
            AddItems(array, children);
            return;
        }

        if (kind == NodeKind.PSObject || value is PSMemberInfo)
        {
            AddPowerShellParts(value, children);
            return;
        }

        if (useCollectionApi)
        {
            switch (kind)
            {
                case NodeKind.Opaque:
                    children.Add(new KeyValuePair<string, object?>("Length", ((SecureString)value).Length));
                    return;
                case NodeKind.Dictionary:
                    // The comparer is part of what a keyed collection is: two empty tables differ by it alone.
                    children.Add(new KeyValuePair<string, object?>("comparer", CollectionTraits.ComparerOf(value)?.GetType()));
                    var entries = ((IDictionary)value).GetEnumerator();
                    while (entries.MoveNext())
                    {
                        children.Add(new KeyValuePair<string, object?>("key", entries.Key));
                        children.Add(new KeyValuePair<string, object?>("value", entries.Value));
                    }

                    AddFields(value, FieldCache.User(value.GetType()), children);
                    return;
                case NodeKind.Set:
                case NodeKind.Sequence:
                    children.Add(new KeyValuePair<string, object?>("comparer", CollectionTraits.ComparerOf(value)?.GetType()));
                    AddItems((IEnumerable)value, children);
                    AddFields(value, FieldCache.User(value.GetType()), children);
                    return;
            }
        }

        AddFields(value, FieldCache.All(value.GetType()), children);
    }

    private static void AddItems(IEnumerable items, List<KeyValuePair<string, object?>> children)
    {
        var index = 0;
        foreach (var item in items)
        {
            children.Add(new KeyValuePair<string, object?>("[" + index.ToString(CultureInfo.InvariantCulture) + "]", item));
            index++;
        }
    }

    /// <summary>A PSObject's base, members and type names; a member's note value or definition. Never their raw fields.</summary>
    private static void AddPowerShellParts(object value, List<KeyValuePair<string, object?>> children)
    {
        if (value is PSObject wrapper)
        {
            children.Add(new KeyValuePair<string, object?>("psbase", wrapper.ImmediateBaseObject));
            foreach (var member in PSObjectView.OwnMembers(wrapper))
            {
                children.Add(new KeyValuePair<string, object?>("." + member.Name, member));
            }

            children.Add(new KeyValuePair<string, object?>("pstypenames", string.Join(",", PSObjectView.TypeNames(wrapper))));
            return;
        }

        var attached = (PSMemberInfo)value;
        if (PSObjectView.TryGetNoteValue(attached, out var noteValue))
        {
            children.Add(new KeyValuePair<string, object?>("Value", noteValue));
            return;
        }

        var definition = PSObjectView.Definition(attached);
        for (var i = 0; i < definition.Length; i++)
        {
            children.Add(new KeyValuePair<string, object?>("def" + i.ToString(CultureInfo.InvariantCulture), definition[i]));
        }
    }

    private static void AddFields(object value, FieldInfo[] fields, List<KeyValuePair<string, object?>> children)
    {
        foreach (var field in fields)
        {
            children.Add(new KeyValuePair<string, object?>("." + field.Name, field.GetValue(value)));
        }
    }
}
