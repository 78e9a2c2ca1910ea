using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A grouping of a lookup (<c>ToLookup</c>) held in the graph after the lookup is the copied lookup's grouping of its
/// key, not a second copy (hunt 27, F6).
/// </summary>
public sealed class LookupGroupingTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_grouping_held_after_its_lookup_is_the_copied_lookups_own(DeepCopyStrategy strategy)
    {
        var lookup = new[] { "a1", "a2", "b1" }.ToLookup(text => new string(text[0], 1));
        var source = new object[] { lookup, lookup["b"], lookup["a"] };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var copied = Assert.IsAssignableFrom<ILookup<string, string>>(copy[0]);
        Assert.NotSame(lookup, copied);
        Assert.Same(copied["b"], copy[1]);
        Assert.Same(copied["a"], copy[2]);
        Assert.Equal(new[] { "a1", "a2" }, (IGrouping<string, string>)copy[2]);
        Assert.Equal(new[] { "a", "b" }, copied.Select(grouping => grouping.Key));
    }
}
