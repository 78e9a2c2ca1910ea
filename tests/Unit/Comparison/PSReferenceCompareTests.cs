using System.Collections;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>A [ref] is compared by its Value: a copy of one bound to a variable holds the value, not the variable.</summary>
public sealed class PSReferenceCompareTests
{
    private static readonly DeepCompareOptions Independence = new DeepCompareOptions { Independence = true };

    public PSReferenceCompareTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_of_a_reference_to_a_variable_equals_its_source_and_shares_nothing(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = (Hashtable)session.InvokeSingle("$x = @{ a = 1 }; @{ R = [ref]$x }").BaseObject;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Empty(DeepComparer.Compare(source, copy));
        Assert.Empty(DeepComparer.Compare(source, copy, Independence));
    }

    [Fact]
    public void A_changed_value_is_reported_under_Value()
    {
        using var session = new PowerShellSession();
        var source = (Hashtable)session.InvokeSingle("$x = @{ a = 1 }; @{ R = [ref]$x }").BaseObject;
        var copy = DeepCopier.Copy(source);
        ((Hashtable)((PSReference)copy["R"]!).Value)["a"] = 2;

        var found = Assert.Single(DeepComparer.Compare(source, copy));

        Assert.Equal("$['R'].Value['a']", found.Path);
    }

    [Fact]
    public void A_value_reachable_through_both_references_is_reported_as_shared()
    {
        var shared = new ArrayList { 1 };

        var found = DeepComparer.Compare(new PSReference(shared), new PSReference(shared), Independence);

        Assert.Contains(found, d => d.Kind == DeepDifferenceKind.SharedReference && d.Path == "$.Value");
    }
}
