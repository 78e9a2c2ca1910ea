using System.Collections.Generic;
using System.Dynamic;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// An ExpandoObject's class is the shape every expando with the same keys shares, caching weakly held transitions to
/// larger shapes; once any expando has grown past this one's keys, copying the class would meet those weak references.
/// The copy shares the class and copies the values.
/// </summary>
public sealed class ExpandoObjectTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_expando_whose_shape_has_grown_elsewhere_copies(DeepCopyStrategy strategy)
    {
        dynamic larger = new ExpandoObject();
        larger.Name = "other";
        larger.Items = new List<int>();
        dynamic source = new ExpandoObject();
        source.Name = "ada";

        IDictionary<string, object?> copy = DeepCopier.Copy((ExpandoObject)source, new DeepCopyOptions { Strategy = strategy })!;
        dynamic dynamicCopy = copy;
        dynamicCopy.Items = new List<int> { 1 };

        Assert.Equal("ada", copy["Name"]);
        Assert.False(((IDictionary<string, object?>)source).ContainsKey("Items"));
        Assert.Single((List<int>)dynamicCopy.Items);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_values_of_an_expando_are_copied_deep(DeepCopyStrategy strategy)
    {
        dynamic source = new ExpandoObject();
        source.Tags = new List<string> { "x" };
        source.Self = source;

        var copy = DeepCopier.Copy((ExpandoObject)source, new DeepCopyOptions { Strategy = strategy })!;
        dynamic dynamicCopy = copy;

        Assert.NotSame(source.Tags, dynamicCopy.Tags);
        Assert.Equal(new List<string> { "x" }, (List<string>)dynamicCopy.Tags);
        Assert.Same(copy, dynamicCopy.Self);
        Assert.Empty(DeepComparer.Compare((ExpandoObject)source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_removed_member_stays_removed_in_the_copy(DeepCopyStrategy strategy)
    {
        // An expando marks a removed member's slot with a static sentinel it recognises by reference; a copy that made
        // the sentinel a new object brought the member back, holding an empty object, and its Count went wrong.
        var source = new ExpandoObject();
        var members = (IDictionary<string, object?>)source;
        members["A"] = 1;
        members["B"] = 2;
        members.Remove("A");

        var copy = (IDictionary<string, object?>)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(new[] { "B" }, copy.Keys);
        Assert.False(copy.ContainsKey("A"));
        Assert.Single(copy);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        copy["A"] = 3;
        Assert.Equal(2, copy.Count);
        Assert.Equal(new[] { "B" }, members.Keys);
    }
}
