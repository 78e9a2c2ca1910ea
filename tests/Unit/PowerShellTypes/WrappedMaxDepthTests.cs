using System.Collections;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// A PSObject wrapper and the object it wraps count as one level of MaxDepth, as in the Json strategy: a wrapped number
/// at a leaf stays a leaf and a wrapped hashtable is one level, so the same data passes or fails the same limit whether
/// PowerShell wrapped it (pipeline input, ForEach-Object output) or not. Found by the Json hunt of 2026-11-28 (A5).
/// </summary>
public sealed class WrappedMaxDepthTests
{
    public WrappedMaxDepthTests() => PowerShellRegistrations.EnsureRegistered();

    /// <summary>A wrapper of <paramref name="value"/>: PSObject(int) is the constructor that sets the capacity of an empty one.</summary>
    private static PSObject Wrap(object value) => new PSObject(value);

    private static object? Copy(object source, DeepCopyStrategy strategy, int maxDepth, out CopyStatistics statistics) =>
        DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = maxDepth }, out statistics);

    private static DeepCopyException CopyFails(object source, DeepCopyStrategy strategy, int maxDepth) =>
        Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = maxDepth }));

    /// <summary>The limit at MaxDepthReached copies and one below fails, as the fuzz check asserts for every graph.</summary>
    private static void AssertReachedDepthIsTheLimit(object source, DeepCopyStrategy strategy, int expectedDepth)
    {
        DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }, out var statistics);
        Assert.Equal(expectedDepth, statistics.MaxDepthReached);
        Copy(source, strategy, expectedDepth, out _);

        // MaxDepth 0 means no limit, so one below a depth of 1 cannot be asked for.
        if (expectedDepth > 1)
        {
            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, CopyFails(source, strategy, expectedDepth - 1).Kind);
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_wrapped_number_at_a_leaf_is_a_leaf(DeepCopyStrategy strategy)
    {
        // What @{ items = @(1..2 | ForEach-Object { @{ n = $_ } }) } holds: the numbers come wrapped.
        var source = new Hashtable { ["items"] = new object[] { new Hashtable { ["n"] = Wrap(1) }, new Hashtable { ["n"] = Wrap(2) } } };

        var copy = (Hashtable)Copy(source, strategy, 2, out var statistics)!;

        Assert.Equal(2, statistics.MaxDepthReached);
        GraphAssert.IsDeepCopy(source, copy);
        AssertReachedDepthIsTheLimit(source, strategy, 2);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_wrapped_hashtable_root_is_one_level(DeepCopyStrategy strategy)
    {
        // What @{ a = @{ b = 1 } } | Copy-DeepObject receives.
        var source = new PSObject(new Hashtable { ["a"] = new Hashtable { ["b"] = 1 } });

        var copy = Copy(source, strategy, 1, out var statistics);

        Assert.Equal(1, statistics.MaxDepthReached);
        GraphAssert.IsDeepCopy(source, copy);
        AssertReachedDepthIsTheLimit(source, strategy, 1);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_wrapped_hashtable_inside_is_one_level_and_fails_at_its_own_place(DeepCopyStrategy strategy)
    {
        var inner = new Hashtable { ["c"] = 1 };
        var source = new Hashtable { ["a"] = new PSObject(new Hashtable { ["b"] = inner }) };

        AssertReachedDepthIsTheLimit(source, strategy, 2);
        var error = CopyFails(source, strategy, 1);

        Assert.Equal("$['a']['b']", error.Path);
        Assert.Same(inner, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_too_deep_wrapped_hashtable_is_named_at_the_wrappers_place(DeepCopyStrategy strategy)
    {
        var wrapped = new Hashtable { ["b"] = 1 };
        var source = new Hashtable { ["a"] = new Hashtable { ["w"] = new PSObject(wrapped) } };

        var error = CopyFails(source, strategy, 1);

        Assert.Equal("$['a']['w']", error.Path);
        Assert.Same(wrapped, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Nested_wrappers_are_one_level(DeepCopyStrategy strategy)
    {
        // PowerShell unwraps before it wraps again, but .NET code (and Get-Help) can wrap a wrapper; the copy keeps both
        // (DoubleWrapperTests), and only the counting is under test here.
        var table = new Hashtable { ["n"] = new PSObject(Wrap(1)), ["h"] = new PSObject(new PSObject(new Hashtable())) };
        var source = new PSObject(new PSObject(table));

        var copy = (PSObject)Copy(source, strategy, 1, out var statistics)!;

        Assert.Equal(1, statistics.MaxDepthReached);
        var copiedTable = Assert.IsType<Hashtable>(copy.BaseObject);
        Assert.NotSame(table, copiedTable);
        Assert.Equal(1, ((PSObject)copiedTable["n"]!).BaseObject);
        AssertReachedDepthIsTheLimit(source, strategy, 1);

        var deeper = new Hashtable { ["a"] = new PSObject(new PSObject(new Hashtable { ["b"] = new PSObject(new PSObject(new Hashtable())) })) };
        AssertReachedDepthIsTheLimit(deeper, strategy, 2);
        Assert.Equal("$['a']['b']", CopyFails(deeper, strategy, 1).Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_wrappers_own_members_count_one_level_below_it(DeepCopyStrategy strategy)
    {
        // 1 | Add-Member -NotePropertyName Extra -NotePropertyValue @{ } -PassThru: the note's hashtable is a level
        // below the wrapper's place, as a member of the wrapped object would be.
        var extra = new Hashtable();
        var wrapper = Wrap(1);
        wrapper.Properties.Add(new PSNoteProperty("Extra", extra));
        var source = new Hashtable { ["n"] = wrapper };

        AssertReachedDepthIsTheLimit(source, strategy, 2);
        var error = CopyFails(source, strategy, 1);

        Assert.Equal("$['n'].Extra", error.Path);
        Assert.Same(extra, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_PSCustomObject_is_still_a_level_of_its_own(DeepCopyStrategy strategy)
    {
        var custom = new PSObject();
        custom.Properties.Add(new PSNoteProperty("n", 1));
        var source = new Hashtable { ["a"] = new Hashtable { ["o"] = custom } };

        AssertReachedDepthIsTheLimit(source, strategy, 2);
        var error = CopyFails(source, strategy, 1);

        Assert.Equal("$['a']['o']", error.Path);
        Assert.Same(custom, error.OffendingValue);
    }

    [Fact]
    public void The_exact_strategies_count_wrapped_data_as_Json_does()
    {
        var wrapped = new PSObject(new Hashtable { ["items"] = new object[] { new Hashtable { ["n"] = Wrap(1) } } });
        foreach (var strategy in new[] { DeepCopyStrategy.Json, DeepCopyStrategy.Auto })
        {
            Copy(wrapped, strategy, 2, out _);
            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, CopyFails(wrapped, strategy, 1).Kind);
        }
    }
}
