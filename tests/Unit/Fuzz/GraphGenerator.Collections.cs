using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;

namespace DeepCopy.Tests.Fuzz;

/// <summary>Keyed collections (with their comparers), sets and sequences.</summary>
internal sealed partial class GraphGenerator
{
    private static readonly StringComparer[] StringComparers =
    {
        StringComparer.Ordinal, StringComparer.OrdinalIgnoreCase, StringComparer.InvariantCultureIgnoreCase,
    };

    private StringComparer AnyStringComparer() => StringComparers[_random.Next(StringComparers.Length)];

    private object KeyedCollection(int depth)
    {
        switch (_random.Next(11))
        {
            case 0:
                // PowerShell's @{}: case-insensitive, keys of any kind.
                return FillTable(IdentityHashed(new Hashtable(StringComparer.OrdinalIgnoreCase)), depth, stringKeys: true);
            case 1:
                return FillTable(IdentityHashed(new Hashtable()), depth, stringKeys: false);
            case 2:
                return FillTable(IdentityHashed(new OrderedDictionary(AnyStringComparer())), depth, stringKeys: true);
            case 3:
                return FillDictionary(IdentityHashed(new Dictionary<string, object?>(AnyStringComparer())), depth);
            case 4:
                var byKey = IdentityHashed(new Dictionary<object, object?>());
                for (var i = Count(); i > 0; i--)
                {
                    byKey[Key(depth)] = Any(depth);
                }

                return byKey;
            case 5:
                // Keys that throw from Equals and GetHashCode are fine under a reference comparer.
                var byReference = IdentityHashed(new Dictionary<object, object?>(ReferenceEqualityComparer.Instance));
                for (var i = Count(); i > 0; i--)
                {
                    byReference[Tripwire(depth)] = Any(depth);
                }

                return byReference;
            case 6:
                var sorted = IdentityHashed(new SortedDictionary<string, object?>(_random.Next(2) == 0 ? FuzzTypes.ReverseComparer.Instance : AnyStringComparer()));
                return FillDictionary(sorted, depth);
            case 7:
                return FillDictionary(IdentityHashed(new SortedList<string, object?>(AnyStringComparer())), depth);
            case 8:
                return FillTable(IdentityHashed(new SortedList(StringComparer.OrdinalIgnoreCase)), depth, stringKeys: true);
            case 9:
                var concurrent = IdentityHashed(new ConcurrentDictionary<string, object?>(AnyStringComparer()));
                for (var i = Count(); i > 0; i--)
                {
                    concurrent[Text()] = Any(depth);
                }

                return concurrent;
            default:
                var byValue = IdentityHashed(new Dictionary<FuzzTypes.ValueKey, FuzzTypes.Animal?>());
                for (var i = Count(); i > 0; i--)
                {
                    byValue[new FuzzTypes.ValueKey(_random.Next(100), Text())] = AnimalOrNull(depth);
                }

                return byValue;
        }
    }

    private object SetOrSorted(int depth)
    {
        switch (_random.Next(5))
        {
            case 0:
                var byReference = IdentityHashed(new HashSet<object>(ReferenceEqualityComparer.Instance));
                for (var i = Count(); i > 0; i--)
                {
                    var item = Any(depth);
                    byReference.Add(item ?? Tripwire(depth));
                }

                return byReference;
            case 1:
                var words = IdentityHashed(new HashSet<string>(AnyStringComparer()));
                for (var i = Count(); i > 0; i--)
                {
                    words.Add(Text());
                }

                return words;
            case 2:
                var keys = IdentityHashed(new HashSet<object>());
                for (var i = Count(); i > 0; i--)
                {
                    keys.Add(Key(depth));
                }

                return keys;
            case 3:
                var numbers = IdentityHashed(new SortedSet<int>(FuzzTypes.ReverseComparer.Instance));
                for (var i = Count(); i > 0; i--)
                {
                    numbers.Add(_random.Next(100));
                }

                return numbers;
            default:
                var subclass = IdentityHashed(new FuzzTypes.SetSubclass { Mark = _random.Next() });
                for (var i = Count(); i > 0; i--)
                {
                    subclass.Add(Any(depth) ?? Tripwire(depth));
                }

                return subclass;
        }
    }

    private object Sequence(int depth)
    {
        switch (_random.Next(10))
        {
            case 0:
                return Fill(IdentityHashed(new List<object?>()), depth);
            case 1:
                var pairs = IdentityHashed(new List<FuzzTypes.Pair>());
                for (var i = Count(); i > 0; i--)
                {
                    pairs.Add(Pair(depth));
                }

                return pairs;
            case 2:
                return Fill(IdentityHashed(new LinkedList<object?>()), depth);
            case 3:
                var queue = IdentityHashed(new Queue<object?>());
                for (var i = Count(); i > 0; i--)
                {
                    queue.Enqueue(Any(depth));
                }

                return queue;
            case 4:
                var stack = IdentityHashed(new Stack<object?>());
                for (var i = Count(); i > 0; i--)
                {
                    stack.Push(Any(depth));
                }

                return stack;
            case 5:
                return Fill(IdentityHashed(new ObservableCollection<object?>()), depth);
            case 6:
                var list = IdentityHashed(new ArrayList());
                for (var i = Count(); i > 0; i--)
                {
                    list.Add(Any(depth));
                }

                return list;
            case 7:
                var oldStack = IdentityHashed(new Stack());
                var oldQueue = new Queue();
                for (var i = Count(); i > 0; i--)
                {
                    oldStack.Push(Any(depth));
                    oldQueue.Enqueue(Any(depth));
                }

                return _random.Next(2) == 0 ? oldStack : IdentityHashed(oldQueue);
            case 8:
                // A read-only wrapper over a list that may also be reachable directly.
                var inner = IdentityHashed(new List<object?>());
                var wrapper = Shareable(inner.AsReadOnly());
                Fill(inner, depth);
                return wrapper;
            default:
                var subclass = IdentityHashed(new FuzzTypes.ListSubclass());
                Fill(subclass, depth);
                subclass.Extra = Any(depth);
                return subclass;
        }
    }

    private T FillTable<T>(T table, int depth, bool stringKeys)
        where T : IDictionary
    {
        for (var i = Count(); i > 0; i--)
        {
            table[stringKeys ? Text() : Key(depth)] = Any(depth);
        }

        return table;
    }

    private T FillDictionary<T>(T dictionary, int depth)
        where T : IDictionary<string, object?>
    {
        for (var i = Count(); i > 0; i--)
        {
            dictionary[Text()] = Any(depth);
        }

        return dictionary;
    }

    private T Fill<T>(T collection, int depth)
        where T : ICollection<object?>
    {
        for (var i = Count(); i > 0; i--)
        {
            collection.Add(Any(depth));
        }

        return collection;
    }
}
