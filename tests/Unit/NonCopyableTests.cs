using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Under NonCopyableAction.Throw, a value that cannot be copied stops the copy with its exact path, type and instance.</summary>
public sealed class NonCopyableTests
{
    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(NonCopyableSamples.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Throw_names_the_path_through_a_dictionary(DeepCopyStrategy strategy, string name)
    {
        var sample = NonCopyableSamples.Create(name);
        var source = new Config { cfg = new Hashtable { ["log"] = sample.Value, ["level"] = 3 } };

        var error = Assert.Throws<DeepCopyException>(() =>
            DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Throw }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.cfg['log']" + sample.PathSuffix, error.Path);
        Assert.Equal(sample.Offending.GetType(), error.OffendingType);
        Assert.Same(sample.Offending, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Throw_names_the_path_through_a_list_and_a_field(DeepCopyStrategy strategy, string name)
    {
        var sample = NonCopyableSamples.Create(name);
        var source = new Inventory { items = new List<object> { 0, "one", new Entry(), new Entry { log = sample.Value } } };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.items[3].log" + sample.PathSuffix, error.Path);
        Assert.Equal(sample.Offending.GetType(), error.OffendingType);
        Assert.Same(sample.Offending, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Throw_at_the_root_names_the_root(DeepCopyStrategy strategy, string name)
    {
        var sample = NonCopyableSamples.Create(name);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(sample.Value, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal("$" + sample.PathSuffix, error.Path);
        Assert.Same(sample.Offending, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Throw_names_multi_dimensional_indices(DeepCopyStrategy strategy)
    {
        var stream = NonCopyableSamples.Create("MemoryStream").Value;
        var source = new object?[,] { { 1, 2 }, { 3, stream } };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal("$[1,1]", error.Path);
        Assert.Same(stream, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Throw_names_a_key_by_its_position(DeepCopyStrategy strategy)
    {
        var stream = NonCopyableSamples.Create("MemoryStream").Value;
        var source = new Dictionary<object, string> { ["a"] = "x", [stream] = "y" };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal("$.Keys[1]", error.Path);
        Assert.Same(stream, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Throw_names_the_path_through_inline_structs(DeepCopyStrategy strategy)
    {
        var stream = NonCopyableSamples.Create("MemoryStream").Value;
        var source = new Inventory { slots = new[] { new Slot(), new Slot { log = stream } } };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal("$.slots[1].log", error.Path);
        Assert.Same(stream, error.OffendingValue);
    }

    // Lower-case member names, so the expected paths read like the ones users see.
    private sealed class Config
    {
        public Hashtable? cfg;
    }

    private sealed class Inventory
    {
        public List<object>? items;
        public Slot[]? slots;
    }

    private struct Slot
    {
        public object? log;
    }

    private sealed class Entry
    {
        public object? log;
    }
}
