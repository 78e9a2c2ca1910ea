using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// Keys that are objects are paired by structure. Ten empty objects all look alike, so pairing each with the first
/// look-alike paired keys whose values differ, and a right copy of a hashtable (which lists its keys in another order)
/// was reported with ten differences. A key is now paired with a look-alike whose value matches too, when there is one.
/// </summary>
public sealed class LookAlikeKeyTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_with_look_alike_keys_in_another_order_is_equal(DeepCopyStrategy strategy)
    {
        var table = new Hashtable();
        var concurrent = new ConcurrentDictionary<object, int>();
        for (var i = 0; i < 10; i++)
        {
            table[new object()] = i;
            concurrent[new object()] = i;
        }

        var options = new DeepCopyOptions { Strategy = strategy };

        Assert.Empty(DeepComparer.Compare(table, DeepCopier.Copy(table, options)));
        Assert.Empty(DeepComparer.Compare(concurrent, DeepCopier.Copy(concurrent, options)));
    }

    [Fact]
    public void A_value_that_really_differs_is_still_reported_once()
    {
        var firstKey = new object();
        var reference = new Dictionary<object, int> { [firstKey] = 1, [new object()] = 2 };
        var difference = new Dictionary<object, int> { [new object()] = 2, [new object()] = 3 };

        var differences = DeepComparer.Compare(reference, difference);

        var only = Assert.Single(differences);
        Assert.Equal(DeepDifferenceKind.ValueDifferent, only.Kind);
        Assert.Equal(1, only.ReferenceValue);
        Assert.Equal(3, only.DifferenceValue);
    }
}
