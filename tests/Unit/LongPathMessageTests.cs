using System.Collections;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// An error deep in a graph has a path of thousands of segments. The exception's Path keeps it whole; the message,
/// which a console prints in full, shows its start and its end and says how much it left out.
/// </summary>
public sealed class LongPathMessageTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_deep_error_keeps_the_whole_path_and_a_short_message(DeepCopyStrategy strategy)
    {
        var source = Chains.Build(3000);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, MaxDepth = 2500 }));

        Assert.Equal("$" + string.Concat(System.Linq.Enumerable.Repeat(".Next", 2501)), error.Path);
        Assert.True(error.Message.Length < 600, "message of " + error.Message.Length + " characters");
        Assert.StartsWith("Cannot copy $.Next.Next.", error.Message);
        Assert.Contains(".Next.Next: the graph is nested deeper than the maximum depth of 2500", error.Message);
        Assert.Contains("characters of the path left out", error.Message);
    }

    [Fact]
    public void A_cycle_error_shortens_both_of_its_paths()
    {
        var source = new Hashtable();
        var current = source;
        for (var i = 0; i < 400; i++)
        {
            var next = new Hashtable();
            current["level"] = next;
            current = next;
        }

        current["back"] = source;

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Json }));

        Assert.Equal(DeepCopyErrorKind.CycleNotSupported, error.Kind);
        Assert.EndsWith("['back']", error.Path);
        Assert.True(error.Message.Length < 700, "message of " + error.Message.Length + " characters");
        Assert.Contains("['level']['back']: the [System.Collections.Hashtable] here is also its own ancestor at $,", error.Message);
    }

    [Fact]
    public void A_short_path_is_shown_whole()
    {
        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(Chains.Build(5), new DeepCopyOptions { MaxDepth = 3 }));

        Assert.StartsWith("Cannot copy $.Next.Next.Next.Next: ", error.Message);
    }
}
