using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// The deterministic twin of <see cref="SourceWriterTests"/>: a <see cref="HookItem"/> inside the collection adds an
/// item to it at the moment the copy reaches the hook. The copy must fail with SourceChangedDuringCopy, or, for a
/// handler that took a snapshot first (Stack) or a collection built for concurrent writers, return exactly the state
/// before the write. Nothing half-built is ever returned.
/// </summary>
public sealed class HookWriteTests
{
    public HookWriteTests() => HookHandler.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(
        "List", "LinkedList", "Queue", "Stack", "HashSet", "ObservableCollection", "ArrayList", "Dictionary", "SortedDictionary",
        "SortedList", "OrderedDictionary", "Hashtable", "ConcurrentDictionary");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_write_from_inside_the_copy_is_reported_or_not_seen_at_all(DeepCopyStrategy strategy, string kind)
    {
        object? collection = null;
        var hook = new HookItem(onShell: () => Add(collection!, new Node { Value = 99 }));
        collection = Create(kind, hook);
        var before = CountOf(collection);

        DeepCopyException? error = null;
        object? copy = null;
        try
        {
            copy = DeepCopier.Copy(new List<object> { collection }, new DeepCopyOptions { Strategy = strategy })[0];
        }
        catch (DeepCopyException caught)
        {
            error = caught;
        }

        Assert.Equal(before + 1, CountOf(collection));
        if (error != null)
        {
            Assert.Equal(DeepCopyErrorKind.SourceChangedDuringCopy, error.Kind);
            Assert.Equal("$[0]", error.Path);
            Assert.Same(collection, error.OffendingValue);
            return;
        }

        Assert.True(kind is "Stack" or "ConcurrentDictionary", "A " + kind + " changed during its copy, and the copy went on as if it had not.");
        Assert.Equal(before, CountOf(copy!));
    }

    private static int CountOf(object collection) => collection is ICollection counted ? counted.Count : ((HashSet<object?>)collection).Count;

    private static object Create(string kind, HookItem hook)
    {
        object?[] items = { new Node { Value = 1 }, hook, new Node { Value = 2 } };
        switch (kind)
        {
            case "List":
                return new List<object?>(items);
            case "LinkedList":
                return new LinkedList<object?>(items);
            case "Queue":
                return new Queue<object?>(items);
            case "Stack":
                return new Stack<object?>(items);
            case "HashSet":
                return new HashSet<object?>(items, ReferenceEqualityComparer.Instance);
            case "ObservableCollection":
                return new ObservableCollection<object?>(items);
            case "ArrayList":
                return new ArrayList(items);
        }

        IDictionary dictionary = kind switch
        {
            "Dictionary" => new Dictionary<string, object?>(),
            "SortedDictionary" => new SortedDictionary<string, object?>(),
            "SortedList" => new SortedList<string, object?>(),
            "OrderedDictionary" => new OrderedDictionary(),
            "Hashtable" => new Hashtable(),
            _ => new ConcurrentDictionary<string, object?>(),
        };
        for (var i = 0; i < items.Length; i++)
        {
            dictionary["k" + i] = items[i];
        }

        return dictionary;
    }

    private static void Add(object collection, Node item)
    {
        switch (collection)
        {
            case IDictionary dictionary:
                dictionary["added"] = item;
                break;
            case IList list:
                list.Add(item);
                break;
            case LinkedList<object?> linked:
                linked.AddLast(item);
                break;
            case Queue<object?> queue:
                queue.Enqueue(item);
                break;
            case Stack<object?> stack:
                stack.Push(item);
                break;
            case HashSet<object?> set:
                set.Add(item);
                break;
            default:
                throw new ArgumentException("Unknown collection " + collection.GetType());
        }
    }
}
