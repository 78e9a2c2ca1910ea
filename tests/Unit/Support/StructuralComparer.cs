using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;
using System.Security;

namespace DeepCopy.Tests.Support;

/// <summary>
/// Walks a source graph and its copy side by side with an explicit stack (never recursion, so a million-deep chain
/// is fine) and fails at the first difference: runtime types, immutable values, the shape of references (a bijection
/// between source and copy nodes, so sharing and cycles survive), or a copy that holds a mutable source node.
/// Framework collections are compared through their public API, everything else field by field.
/// </summary>
internal sealed partial class StructuralComparer
{
    private readonly PairingMap _forward;
    private readonly PairingMap _backward;
    private readonly Dictionary<object, GraphPath> _firstPaths = new Dictionary<object, GraphPath>(ReferenceEqualityComparer.Instance);
    private readonly Stack<Pending> _work = new Stack<Pending>();
    private readonly Queue<Pending> _deferred = new Queue<Pending>();
    private readonly Func<object, bool> _shared;

    /// <summary>How many trial comparisons (see WouldMatch) finish the waiting work too: the real comparison's own.</summary>
    private const int TrialsThatLookAhead = 1;

    /// <summary>
    /// How many trials of one comparison may finish the waiting work: each walks the rest of the graph, so a graph of
    /// hundreds of look-alike keys would cost hundreds of walks. Past it, trials look only at the key and its value.
    /// </summary>
    private const int LookAheadBudget = 256;

    private int _lookAheads;

    /// <summary>The source objects the waiting work reaches, for the container being paired; null until a trial asks.</summary>
    private HashSet<object>? _waitingReach;

    /// <summary>0 for the real comparison, 1 for a trial it runs, and so on.</summary>
    private int _trialDepth;

    /// <param name="shared">Source objects the copy must hold as the very same instance (non-copyables under Reference).</param>
    public StructuralComparer(Func<object, bool>? shared)
    {
        _shared = shared ?? (_ => false);
        _forward = new PairingMap();
        _backward = new PairingMap();
    }

    /// <summary>A trial comparison that starts from <paramref name="parent"/>'s pairings and leaves them untouched.</summary>
    private StructuralComparer(StructuralComparer parent)
    {
        _shared = parent._shared;
        _forward = new PairingMap(parent._forward);
        _backward = new PairingMap(parent._backward);
        _trialDepth = parent._trialDepth + 1;
    }

    /// <summary>How many source nodes were matched with a copy node.</summary>
    public int NodeCount => _forward.Count;

    public void Run(object? source, object? copy)
    {
        Push(source, copy, GraphPath.Root);
        Drain();
    }

    private void Drain()
    {
        while (true)
        {
            while (_work.Count > 0)
            {
                var next = _work.Pop();
                Compare(next.Source, next.Copy, next.Path);
            }

            if (_deferred.Count == 0)
            {
                return;
            }

            // Everything else is paired now, so keys that looked alike may have been met, and paired, elsewhere.
            var deferred = _deferred.Dequeue();
            CompareContainer(deferred.Source!, deferred.Copy!, deferred.Path, NodeClassifier.Classify(deferred.Source!), mayDefer: false);
        }
    }

    private void Push(object? source, object? copy, GraphPath path) => _work.Push(new Pending(source, copy, path));

    /// <summary>Checks one pair and registers it at once; its children are pushed, never compared by recursion.</summary>
    private void Compare(object? source, object? copy, GraphPath path)
    {
        if (source is null || copy is null)
        {
            if (source is not null || copy is not null)
            {
                throw path.Failure("the source holds " + ValueText.TypeOf(source) + " but the copy holds " + ValueText.TypeOf(copy));
            }

            return;
        }

        var type = source.GetType();
        if (type != copy.GetType())
        {
            throw path.Failure("the type changed from " + type + " to " + copy.GetType());
        }

        if (_shared(source))
        {
            if (!ReferenceEquals(source, copy))
            {
                throw path.Failure("the copy must hold this " + type + " itself, but holds another instance");
            }

            return;
        }

        var kind = NodeClassifier.Classify(source);
        if (kind == NodeKind.Leaf)
        {
            CompareLeaves(source, copy, path);
            return;
        }

        if (kind == NodeKind.ImmutableStruct)
        {
            PushFields(source, copy, path, FieldCache.All(type));
            return;
        }

        if (!Register(source, copy, path))
        {
            return;
        }

        CompareContainer(source, copy, path, kind, mayDefer: true);
    }

    private void CompareContainer(object source, object copy, GraphPath path, NodeKind kind, bool mayDefer)
    {
        var type = source.GetType();
        if (mayDefer && (kind == NodeKind.Dictionary || kind == NodeKind.Set) && HasLookalikeKeys(source, kind))
        {
            // Two unpaired keys look alike, so which copy key is whose cannot be told from here; paired last, the
            // keys are likely met through another route first (long fuzz run, seed 1100040287).
            _deferred.Enqueue(new Pending(source, copy, path));
            return;
        }

        switch (kind)
        {
            case NodeKind.Opaque:
                CompareSecureStrings((SecureString)source, (SecureString)copy, path);
                break;
            case NodeKind.Array:
                CompareArrays((Array)source, (Array)copy, path);
                break;
            case NodeKind.Dictionary:
                CompareDictionaries((IDictionary)source, (IDictionary)copy, path, hasLookalikes: !mayDefer);
                break;
            case NodeKind.Set:
                CompareSets(source, copy, path, hasLookalikes: !mayDefer);
                break;
            case NodeKind.Sequence:
                CompareSequences((IEnumerable)source, (IEnumerable)copy, path);
                break;
            case NodeKind.PSObject:
                ComparePSObjects((PSObject)source, (PSObject)copy, path);
                return;
            default:
                PushFields(source, copy, path, FieldCache.All(type));
                return;
        }

        if (kind != NodeKind.Opaque && kind != NodeKind.Array)
        {
            CollectionTraits.AssertSameTraits(source, copy, path);
            PushFields(source, copy, path, FieldCache.User(type));
        }
    }

    private static void CompareLeaves(object source, object copy, GraphPath path)
    {
        if (source is Array)
        {
            if (((Array)copy).Length != 0)
            {
                throw path.Failure("an empty array became one of length " + ((Array)copy).Length);
            }

            return;
        }

        if (source is ICollection { Count: 0 } && NodeClassifier.Classify(copy) == NodeKind.Leaf)
        {
            // An empty immutable collection, shared or not: nothing to compare.
            return;
        }

        if (!Equals(source, copy))
        {
            throw path.Failure("the value " + ValueText.Of(source) + " became " + ValueText.Of(copy));
        }
    }

    /// <summary>Records that <paramref name="source"/> maps to <paramref name="copy"/>; false when already matched.</summary>
    private bool Register(object source, object copy, GraphPath path)
    {
        if (_forward.TryGetValue(source, out var mapped))
        {
            if (!ReferenceEquals(mapped, copy))
            {
                throw path.Failure("this " + source.GetType() + " is shared (or part of a cycle) in the source, but the copy holds two different objects for it (first met at " + FirstPath(source) + ")");
            }

            return false;
        }

        if (_backward.ContainsKey(copy))
        {
            throw path.Failure("the copy holds one " + copy.GetType() + " where the source holds two different objects");
        }

        if (ReferenceEquals(source, copy))
        {
            throw path.Failure("the copy holds the source's own mutable " + source.GetType() + ", so changing one changes the other");
        }

        _forward.Add(source, copy);
        _backward.Add(copy, source);
        _firstPaths.Add(source, path);
        return true;
    }

    private string FirstPath(object source) => _firstPaths.TryGetValue(source, out var first) ? first.ToString() : "a pairing made before this comparison";

    private void PushFields(object source, object copy, GraphPath path, FieldInfo[] fields)
    {
        for (var i = fields.Length - 1; i >= 0; i--)
        {
            var field = fields[i];
            var sourceValue = field.GetValue(source);
            var copyValue = field.GetValue(copy);
            var fieldType = field.FieldType;
            if ((fieldType.IsPrimitive || fieldType.IsEnum || fieldType == typeof(string)) && Equals(sourceValue, copyValue))
            {
                continue;
            }

            Push(sourceValue, copyValue, path.Member(FieldCache.DisplayName(field)));
        }
    }

    private static void CompareSecureStrings(SecureString source, SecureString copy, GraphPath path)
    {
        if (source.Length != copy.Length || source.IsReadOnly() != copy.IsReadOnly())
        {
            throw path.Failure("the SecureString changed length or read-only state");
        }
    }

    private readonly record struct Pending(object? Source, object? Copy, GraphPath Path);
}
