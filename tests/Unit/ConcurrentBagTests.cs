using System.Collections;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>A ConcurrentBag (what ForEach-Object -Parallel scripts collect results in) is rebuilt from a snapshot.</summary>
public sealed class ConcurrentBagTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_bag_filled_by_many_threads_copies_deep_in_its_enumeration_order(DeepCopyStrategy strategy)
    {
        var bag = new ConcurrentBag<object>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => bag.Add(new Hashtable { ["n"] = i }));
        var shared = new Node { Value = -1 };
        bag.Add(shared);
        bag.Add(shared);

        var copy = DeepCopier.Copy(bag, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(bag.ToArray().Length, copy.ToArray().Length);
        Assert.Empty(DeepComparer.Compare(bag, copy, new DeepCompareOptions { Independence = true }));
        Assert.NotSame(bag, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_bag_of_values_and_an_empty_bag_copy(DeepCopyStrategy strategy)
    {
        var values = new ConcurrentBag<int> { 1, 2, 3 };
        var source = new object[] { values, new ConcurrentBag<string>() };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(values.ToArray(), ((ConcurrentBag<int>)copy[0]).ToArray());
        Assert.Empty((ConcurrentBag<string>)copy[1]);
        GraphAssert.IsDeepCopy(values.ToArray(), ((ConcurrentBag<int>)copy[0]).ToArray());
    }
}
