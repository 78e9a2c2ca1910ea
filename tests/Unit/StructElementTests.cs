using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// Collections whose elements are structs that hold references. A struct element is a value: the collection holds
/// it unboxed, so its references must already point at copies when it is stored in the copied collection.
/// </summary>
public sealed class StructElementTests
{
    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(
        "array", "List", "Queue", "Stack", "LinkedList", "ObservableCollection", "HashSet", "Dictionary values",
        "SortedDictionary values", "ConcurrentDictionary values", "List of KeyValuePair");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Struct_elements_hold_copies_of_their_references(DeepCopyStrategy strategy, string kind)
    {
        var source = Build(kind);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(source.GetType(), copy.GetType());
        GraphAssert.IsDeepCopy(source, copy);
    }

    private static object Build(string kind)
    {
        var first = new Slot { Items = new List<int> { 1 }, Number = 1 };
        var second = new Slot { Items = new List<int> { 2 }, Number = 2 };
        var slots = new[] { first, second };
        return kind switch
        {
            "array" => slots,
            "List" => new List<Slot>(slots),
            "Queue" => new Queue<Slot>(slots),
            "Stack" => new Stack<Slot>(slots),
            "LinkedList" => new LinkedList<Slot>(slots),
            "ObservableCollection" => new ObservableCollection<Slot>(slots),
            "HashSet" => new HashSet<Slot>(slots),
            "Dictionary values" => new Dictionary<string, Slot> { ["a"] = first, ["b"] = second },
            "SortedDictionary values" => new SortedDictionary<string, Slot> { ["a"] = first, ["b"] = second },
            "ConcurrentDictionary values" => new ConcurrentDictionary<string, Slot>(new Dictionary<string, Slot> { ["a"] = first }),
            "List of KeyValuePair" => new List<KeyValuePair<string, ArrayList>> { new KeyValuePair<string, ArrayList>("k", new ArrayList { 1 }) },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case."),
        };
    }

    private struct Slot
    {
        public List<int>? Items;
        public int Number;
    }
}
