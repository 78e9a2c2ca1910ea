using System.Collections;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures.Synchronized;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// A type policy that drops the table or list a synchronized wrapper wraps (Null, or a copier returning null) drops the
/// wrapper with it: a wrapper cannot exist without its collection, as a PSObject cannot without its base. Before, the
/// copy failed with "Value cannot be null. (Parameter 'table')" from Hashtable.Synchronized (hunt 32).
/// </summary>
public sealed class SynchronizedDroppedInnerTests
{
    public static TheoryData<DeepCopyStrategy, string> StrategiesAndOrders => Strategies.With("wrapper first", "inner first");

    [Theory]
    [MemberData(nameof(StrategiesAndOrders))]
    public void A_synchronized_table_whose_table_a_Null_policy_drops_is_dropped_with_it(DeepCopyStrategy strategy, string order)
    {
        var table = new OwnerTable { ["a"] = 1 };
        var wrapper = Hashtable.Synchronized(table);
        var policies = TypePolicySet.CreateBuilder().SetNull(typeof(OwnerTable)).Build();

        var copy = CopyInOrder(table, wrapper, order, strategy, policies);

        Assert.All(copy, Assert.Null);
    }

    [Theory]
    [MemberData(nameof(StrategiesAndOrders))]
    public void A_synchronized_list_whose_list_a_copier_drops_is_dropped_with_it(DeepCopyStrategy strategy, string order)
    {
        var list = new OwnerList { 1, 2 };
        var wrapper = ArrayList.Synchronized(list);
        var policies = TypePolicySet.CreateBuilder().Custom(typeof(OwnerList), (object source, DeepCopyContext context) => null).Build();

        var copy = CopyInOrder(list, wrapper, order, strategy, policies);

        Assert.All(copy, Assert.Null);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_synchronized_table_whose_table_is_shared_wraps_the_source_table(DeepCopyStrategy strategy)
    {
        var table = new OwnerTable { ["a"] = 1 };
        var policies = TypePolicySet.CreateBuilder().Share(typeof(OwnerTable)).Build();

        var copy = DeepCopier.Copy(Hashtable.Synchronized(table), new DeepCopyOptions { Strategy = strategy, TypePolicies = policies })!;

        Assert.True(copy.IsSynchronized);
        copy["b"] = 2;
        Assert.Equal(2, table["b"]);
    }

    private static object?[] CopyInOrder(object inner, object wrapper, string order, DeepCopyStrategy strategy, TypePolicySet policies)
    {
        var source = order == "wrapper first" ? new[] { wrapper, inner } : new[] { inner, wrapper };
        return DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies })!;
    }
}
