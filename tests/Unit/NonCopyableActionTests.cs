using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Under Reference the copy shares the non-copyable instance; under Null it holds null in its place.</summary>
public sealed class NonCopyableActionTests
{
    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(NonCopyableSamples.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reference_shares_the_instance_and_copies_the_rest(DeepCopyStrategy strategy, string name)
    {
        var sample = NonCopyableSamples.Create(name);
        var source = new Holder { Map = new Hashtable { ["log"] = sample.Value }, Items = new List<object?> { new List<int> { 1 }, sample.Value } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Reference });

        Assert.NotSame(source.Map, copy.Map);
        Assert.Same(sample.Offending, sample.OffendingIn(copy.Map!["log"]));
        Assert.Same(copy.Map["log"], copy.Items![1]);
        GraphAssert.IsDeepCopy(source, copy, sharedByDesign: value => ReferenceEquals(value, sample.Offending));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Null_leaves_null_in_its_place(DeepCopyStrategy strategy, string name)
    {
        var sample = NonCopyableSamples.Create(name);
        var source = new Holder { Map = new Hashtable { ["log"] = sample.Value }, Items = new List<object?> { sample.Value, 1 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null });

        Assert.True(copy.Map!.ContainsKey("log"));
        Assert.Null(sample.OffendingIn(copy.Map["log"]));
        Assert.Equal(2, copy.Items!.Count);
        Assert.Null(sample.OffendingIn(copy.Items[0]));
        Assert.Same(sample.Offending, sample.OffendingIn(source.Items![0]));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Null_at_the_root_gives_null(DeepCopyStrategy strategy)
    {
        var source = NonCopyableSamples.Create("MemoryStream").Value;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null });

        Assert.Null(copy);
    }

    private sealed class Holder
    {
        public Hashtable? Map;

        public List<object?>? Items;
    }
}
