using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// Boxed structs nested inside boxed structs are filled in place only so deep; past that the engine schedules the
/// box and fills it later. A collection built whole (immutable, frozen, lookup) unboxes a struct value at once, so a
/// box filled later left the copy holding the source's references. Such values must come back complete.
/// </summary>
public sealed class WholeCopyStructValueTests
{
    private const int BoxLevels = 64;

    public static TheoryData<DeepCopyStrategy, string> Kinds => Strategies.With("FrozenDictionary", "ImmutableDictionary", "Lookup");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Struct_values_reached_many_boxes_deep_are_copied_deep(DeepCopyStrategy strategy, string kind)
    {
        var payload = new Payload(new[] { 7 });
        object collection = kind switch
        {
            "FrozenDictionary" => new Dictionary<string, Payload> { ["a"] = payload }.ToFrozenDictionary(),
            "ImmutableDictionary" => ImmutableDictionary<string, Payload>.Empty.Add("a", payload),
            "Lookup" => new[] { payload }.ToLookup(_ => "a"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case."),
        };
        for (var extra = 0; extra < 3; extra++)
        {
            object current = collection;
            for (var i = 0; i < BoxLevels - 1 + extra; i++)
            {
                current = new Cell { Next = current, Data = new[] { i } };
            }

            var source = new object[] { current };

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            object? reached = copy[0];
            while (reached is Cell cell)
            {
                reached = cell.Next;
            }

            var copied = kind == "Lookup" ? ((ILookup<string, Payload>)reached!)["a"].Single() : ((IReadOnlyDictionary<string, Payload>)reached!)["a"];
            Assert.NotSame(payload.Numbers, copied.Numbers);
            Assert.Equal(payload.Numbers, copied.Numbers);
            GraphAssert.IsDeepCopy(source, copy);
        }
    }

    private readonly struct Payload
    {
        public readonly int[] Numbers;

        public Payload(int[] numbers)
        {
            Numbers = numbers;
        }
    }

    private struct Cell
    {
        public object? Next;
        public int[]? Data;
    }
}
