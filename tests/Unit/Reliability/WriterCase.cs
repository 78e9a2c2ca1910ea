using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using DeepCopy.Tests.Fixtures;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// One collection kind for the source-writer tests: how to build it with items 0..n-1, how a writer changes it and
/// changes it back (add then remove a sentinel -1, or for a queue, move the head to the tail), and which item values a
/// copy of it holds. Items are <see cref="Node"/>s (or ints where the kind holds values).
/// </summary>
internal sealed class WriterCase
{
    public const int Sentinel = -1;

    private readonly Func<int, object> _create;
    private readonly Action<object> _change;
    private readonly Action<object> _changeBack;

    private WriterCase(string name, Func<int, object> create, Action<object> change, Action<object> changeBack, bool rotates = false)
    {
        Name = name;
        _create = create;
        _change = change;
        _changeBack = changeBack;
        Rotates = rotates;
    }

    public static readonly string[] Names =
    {
        "List", "ListOfInt", "Dictionary", "HashSet", "SortedDictionary", "SortedList", "SortedSet", "LinkedList", "Stack", "Queue",
        "ObservableCollection", "ArrayList", "OrderedDictionary", "Hashtable", "ConcurrentDictionary",
    };

    public string Name { get; }

    /// <summary>
    /// Items to build it with. A list of ints is copied in one block, in about a microsecond per 5,000 items, so it gets
    /// enough items for a copy to overlap a write on a busy machine.
    /// </summary>
    public int Size => Name == "ListOfInt" ? 1_000_000 : 5_000;

    /// <summary>The writer moves items around rather than adding one: a copy may lack the item in flight.</summary>
    public bool Rotates { get; }

    /// <summary>The enumerator is made to run beside writers: the copy is a moment-in-time view, never an error.</summary>
    public bool ToleratesWriters => Name == "ConcurrentDictionary";

    public static WriterCase For(string name)
    {
        var sentinel = new Node { Value = Sentinel };
        return name switch
        {
            "List" => new WriterCase(name, n => Fill(new List<Node>(), n, (c, x) => c.Add(x)), c => ((List<Node>)c).Add(sentinel), c => ((List<Node>)c).RemoveAt(((List<Node>)c).Count - 1)),
            "ListOfInt" => new WriterCase(name, n => Ints(n), c => ((List<int>)c).Add(Sentinel), c => ((List<int>)c).RemoveAt(((List<int>)c).Count - 1)),
            "Dictionary" => new WriterCase(name, n => Fill(new Dictionary<string, Node>(), n, (c, x) => c.Add("k" + x.Value, x)), c => ((Dictionary<string, Node>)c)["s"] = sentinel, c => ((Dictionary<string, Node>)c).Remove("s")),
            "HashSet" => new WriterCase(name, n => Fill(new HashSet<Node>(), n, (c, x) => c.Add(x)), c => ((HashSet<Node>)c).Add(sentinel), c => ((HashSet<Node>)c).Remove(sentinel)),
            "SortedDictionary" => new WriterCase(name, n => Fill(new SortedDictionary<int, Node>(), n, (c, x) => c.Add(x.Value, x)), c => ((SortedDictionary<int, Node>)c)[Sentinel] = sentinel, c => ((SortedDictionary<int, Node>)c).Remove(Sentinel)),
            "SortedList" => new WriterCase(name, n => Fill(new SortedList<int, Node>(), n, (c, x) => c.Add(x.Value, x)), c => ((SortedList<int, Node>)c)[Sentinel] = sentinel, c => ((SortedList<int, Node>)c).Remove(Sentinel)),
            "SortedSet" => new WriterCase(name, n => new SortedSet<int>(Ints(n)), c => ((SortedSet<int>)c).Add(Sentinel), c => ((SortedSet<int>)c).Remove(Sentinel)),
            "LinkedList" => new WriterCase(name, n => Fill(new LinkedList<Node>(), n, (c, x) => c.AddLast(x)), c => ((LinkedList<Node>)c).AddLast(sentinel), c => ((LinkedList<Node>)c).RemoveLast()),
            "Stack" => new WriterCase(name, n => Fill(new Stack<Node>(), n, (c, x) => c.Push(x)), c => ((Stack<Node>)c).Push(sentinel), c => ((Stack<Node>)c).Pop()),
            "Queue" => new WriterCase(name, n => Fill(new Queue<Node>(), n, (c, x) => c.Enqueue(x)), c => ((Queue<Node>)c).Enqueue(((Queue<Node>)c).Dequeue()), _ => { }, rotates: true),
            "ObservableCollection" => new WriterCase(name, n => Fill(new ObservableCollection<Node>(), n, (c, x) => c.Add(x)), c => ((ObservableCollection<Node>)c).Add(sentinel), c => ((ObservableCollection<Node>)c).RemoveAt(((ObservableCollection<Node>)c).Count - 1)),
            "ArrayList" => new WriterCase(name, n => Fill(new ArrayList(), n, (c, x) => c.Add(x)), c => ((ArrayList)c).Add(sentinel), c => ((ArrayList)c).RemoveAt(((ArrayList)c).Count - 1)),
            "OrderedDictionary" => new WriterCase(name, n => Fill(new OrderedDictionary(), n, (c, x) => c.Add("k" + x.Value, x)), c => ((OrderedDictionary)c)["s"] = sentinel, c => ((OrderedDictionary)c).Remove("s")),
            "Hashtable" => new WriterCase(name, n => Fill(new Hashtable(), n, (c, x) => c.Add("k" + x.Value, x)), c => ((Hashtable)c)["s"] = sentinel, c => ((Hashtable)c).Remove("s")),
            _ => new WriterCase(name, n => Fill(new ConcurrentDictionary<string, Node>(), n, (c, x) => c["k" + x.Value] = x), c => ((ConcurrentDictionary<string, Node>)c)["s"] = sentinel, c => ((ConcurrentDictionary<string, Node>)c).TryRemove("s", out _)),
        };
    }

    public object Create() => _create(Size);

    /// <summary>One write and its undo; the collection is back in its first state afterwards.</summary>
    public void WriteAndUndo(object collection)
    {
        _change(collection);
        _changeBack(collection);
    }

    /// <summary>The item values a copy holds: a Node's Value, an int itself, for a dictionary its values.</summary>
    public static List<int> Values(object copy)
    {
        var values = new List<int>();
        IEnumerable items = copy is IDictionary dictionary ? dictionary.Values : (IEnumerable)copy;
        foreach (var item in items)
        {
            values.Add(item switch
            {
                Node node => node.Value,
                int number => number,
                KeyValuePair<string, Node> pair => pair.Value.Value,
                KeyValuePair<int, Node> pair => pair.Value.Value,
                _ => throw new InvalidOperationException("Unexpected item " + item?.GetType()),
            });
        }

        return values;
    }

    private static List<int> Ints(int count)
    {
        var list = new List<int>(count + 1);
        for (var i = 0; i < count; i++)
        {
            list.Add(i);
        }

        return list;
    }

    private static T Fill<T>(T collection, int count, Action<T, Node> add)
    {
        for (var i = 0; i < count; i++)
        {
            add(collection, new Node { Value = i });
        }

        return collection;
    }
}
