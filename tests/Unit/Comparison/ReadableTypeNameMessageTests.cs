using System.Collections.Generic;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>Difference messages name generic types as PowerShell writes them, not with assembly-qualified arguments.</summary>
public sealed class ReadableTypeNameMessageTests
{
    [Fact]
    public void A_type_difference_names_generic_types_readably()
    {
        var found = Assert.Single(DeepComparer.Compare(new List<int>(), new List<long>()));

        Assert.Equal(DeepDifferenceKind.TypeDifferent, found.Kind);
        Assert.Equal("Expected a [System.Collections.Generic.List[System.Int32]] but found a [System.Collections.Generic.List[System.Int64]].", found.Message);
    }

    [Fact]
    public void A_shared_generic_collection_is_named_readably()
    {
        var shared = new Dictionary<string, List<int>>();

        var found = Assert.Single(DeepComparer.Compare(new object[] { shared }, new object[] { shared }, new DeepCompareOptions { Independence = true }));

        Assert.StartsWith("This [System.Collections.Generic.Dictionary[System.String,System.Collections.Generic.List[System.Int32]]]", found.Message);
    }
}
