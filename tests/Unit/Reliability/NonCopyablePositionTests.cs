using System;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// Every non-copyable kind (<see cref="NonCopyableSamples"/>), in every kind of place a graph can hold it, under every
/// <see cref="NonCopyableAction"/>: Throw names the exact path, Reference shares the instance and copies the rest,
/// Null leaves null in its place, except where null cannot stand (a key or set element), which fails with
/// NonCopyableType at the key's path. The source is unchanged in every case.
/// </summary>
public sealed class NonCopyablePositionTests
{
    private static readonly string[] Positions =
    {
        "Field", "InlineStruct", "BoxedStruct", "NullableStruct", "Array", "StructArray", "Grid", "List", "DictionaryValue",
        "DictionaryKey", "SetElement", "KeyValuePair", "PSNote", "PSReference",
    };

    public NonCopyablePositionTests() => PowerShellRegistrations.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, string, NonCopyableAction> Cases
    {
        get
        {
            var data = new TheoryData<DeepCopyStrategy, string, NonCopyableAction>();
            foreach (var strategy in Strategies.All())
            {
                foreach (var position in Positions)
                {
                    foreach (NonCopyableAction action in Enum.GetValues(typeof(NonCopyableAction)))
                    {
                        data.Add(strategy, position, action);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_kind_in_every_place_under_every_action(DeepCopyStrategy strategy, string position, NonCopyableAction action)
    {
        foreach (var name in NonCopyableSamples.Names)
        {
            var sample = NonCopyableSamples.Create(name);
            var (source, path, read) = Place(position, sample.Value);
            var before = GraphSnapshot.Take(source);
            var options = new DeepCopyOptions { Strategy = strategy, NonCopyableAction = action };
            var isKey = position is "DictionaryKey" or "SetElement";

            if (action == NonCopyableAction.Throw || (action == NonCopyableAction.Null && isKey && sample.PathSuffix.Length == 0))
            {
                var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, options));
                Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
                Assert.Equal(path + sample.PathSuffix, error.Path);
                Assert.Same(sample.Offending, error.OffendingValue);
                before.AssertUnchanged(source);
                continue;
            }

            var copy = DeepCopier.Copy(source, options);
            before.AssertUnchanged(source);
            var held = sample.OffendingIn(read(copy));
            if (action == NonCopyableAction.Reference)
            {
                Assert.Same(sample.Offending, held);
                GraphAssert.IsDeepCopy(source, copy, value => ReferenceEquals(value, sample.Offending));
            }
            else
            {
                Assert.Null(held);
                IndependenceChecker.Check(source, copy, null);
            }
        }
    }

    /// <summary>A graph holding <paramref name="value"/> at <paramref name="position"/>, the path to it, and how to read it back from a copy.</summary>
    private static (Holder Source, string Path, Func<Holder, object?> Read) Place(string position, object value)
    {
        var holder = new Holder();
        switch (position)
        {
            case "Field":
                holder.Value = value;
                return (holder, "$.Value", h => h.Value);
            case "InlineStruct":
                holder.Pair.Reference = value;
                return (holder, "$.Pair.Reference", h => h.Pair.Reference);
            case "BoxedStruct":
                holder.Value = new Slot { Reference = value };
                return (holder, "$.Value.Reference", h => ((Slot)h.Value!).Reference);
            case "NullableStruct":
                holder.Maybe = new Slot { Reference = value };
                return (holder, "$.Maybe.Reference", h => h.Maybe!.Value.Reference);
            case "Array":
                holder.Value = new object?[] { 1, value };
                return (holder, "$.Value[1]", h => ((object?[])h.Value!)[1]);
            case "StructArray":
                holder.Value = new[] { new Slot(), new Slot { Reference = value } };
                return (holder, "$.Value[1].Reference", h => ((Slot[])h.Value!)[1].Reference);
            case "Grid":
                holder.Value = new object?[,] { { 1, 2 }, { 3, value } };
                return (holder, "$.Value[1,1]", h => ((object?[,])h.Value!)[1, 1]);
            case "List":
                holder.Value = new List<object?> { "a", value };
                return (holder, "$.Value[1]", h => ((List<object?>)h.Value!)[1]);
            case "DictionaryValue":
                holder.Value = new Dictionary<string, object?> { ["a"] = 1, ["log"] = value };
                return (holder, "$.Value['log']", h => ((Dictionary<string, object?>)h.Value!)["log"]);
            case "DictionaryKey":
                holder.Value = new Dictionary<object, int>(ReferenceEqualityComparer.Instance) { ["a"] = 1, [value] = 2 };
                return (holder, "$.Value.Keys[1]", h => KeyWithValue((Dictionary<object, int>)h.Value!, 2));
            case "SetElement":
                holder.Value = new HashSet<object>(ReferenceEqualityComparer.Instance) { "a", value };
                return (holder, "$.Value.Keys[1]", h => Other((HashSet<object>)h.Value!));
            case "KeyValuePair":
                holder.Value = new List<KeyValuePair<string, object?>> { new KeyValuePair<string, object?>("log", value) };
                return (holder, "$.Value[0].value", h => ((List<KeyValuePair<string, object?>>)h.Value!)[0].Value);
            case "PSNote":
                var custom = new PSObject();
                custom.Members.Add(new PSNoteProperty("log", value));
                holder.Value = custom;
                return (holder, "$.Value.log", h => ((PSObject)h.Value!).Properties["log"].Value);
            default:
                holder.Value = new PSReference(value);
                return (holder, "$.Value.Value", h => ((PSReference)h.Value!).Value);
        }
    }

    private static object? KeyWithValue(Dictionary<object, int> dictionary, int value)
    {
        foreach (var pair in dictionary)
        {
            if (pair.Value == value)
            {
                return pair.Key;
            }
        }

        throw new InvalidOperationException("The copied dictionary lost an entry.");
    }

    private static object? Other(HashSet<object> set)
    {
        foreach (var item in set)
        {
            if (!"a".Equals(item))
            {
                return item;
            }
        }

        throw new InvalidOperationException("The copied set lost an element.");
    }

    private sealed class Holder
    {
        public object? Value;
        public Slot Pair;
        public Slot? Maybe;
    }

    private struct Slot
    {
        public object? Reference;
    }
}
