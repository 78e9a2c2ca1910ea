using System;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// A host registers the objects its code recognises by reference (PowerShell's <c>[pscredential]::Empty</c>): every copy
/// keeps the very instance, other instances of the same type are still copied, and the comparer reports another object,
/// however alike, in its place. The instances here are of types of the tests' own, so no other test meets them.
/// </summary>
public sealed class SharedInstanceRegistrationTests
{
    static SharedInstanceRegistrationTests()
    {
        DeepCopyRegistry.RegisterSharedInstance(Marker.None, "the tests' own [Marker]::None");
        DeepCopyRegistry.RegisterSharedInstance(PolicyMarker.None, "the tests' own [PolicyMarker]::None");
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_registered_instance_is_kept_and_other_instances_of_its_type_are_copied(DeepCopyStrategy strategy)
    {
        var other = new Marker { Label = "mine" };
        var source = new object[] { Marker.None, other, new Holder { Mark = Marker.None } };
        var options = new DeepCopyOptions { Strategy = strategy };

        var copy = DeepCopier.Copy(source, options)!;
        var root = DeepCopier.Copy(Marker.None, options);

        Assert.Same(Marker.None, copy[0]);
        Assert.Same(Marker.None, ((Holder)copy[2]).Mark);
        Assert.Same(Marker.None, root);
        Assert.NotSame(other, copy[1]);
        Assert.Equal("mine", ((Marker)copy[1]).Label);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }).Select(d => d.Path + " " + d.Message));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_type_policy_for_its_type_still_applies_to_it(DeepCopyStrategy strategy)
    {
        var policies = TypePolicySet.CreateBuilder().SetNull(typeof(PolicyMarker)).Build();

        var copy = DeepCopier.Copy(new object[] { PolicyMarker.None }, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies })!;

        Assert.Null(copy[0]);
    }

    [Fact]
    public void The_comparer_reports_a_look_alike_in_its_place_and_names_it()
    {
        var lookAlike = new Marker { Label = Marker.None.Label };

        var missing = Assert.Single(DeepComparer.Compare(new object[] { Marker.None }, new object[] { lookAlike }));
        var extra = Assert.Single(DeepComparer.Compare(new Holder { Mark = lookAlike }, new Holder { Mark = Marker.None }));

        Assert.Equal("$[0]", missing.Path);
        Assert.Equal(DeepDifferenceKind.ValueDifferent, missing.Kind);
        Assert.Equal("Expected the tests' own [Marker]::None, which its code recognises by reference, but found another [DeepCopy.Tests.Runtime.SharedInstanceRegistrationTests+Marker].", missing.Message);
        Assert.Equal("$.Mark", extra.Path);
        Assert.Equal("Expected a [DeepCopy.Tests.Runtime.SharedInstanceRegistrationTests+Marker] of its own but found the tests' own [Marker]::None.", extra.Message);
    }

    [Fact]
    public void Registration_refuses_what_has_no_identity_to_keep()
    {
        Assert.Throws<ArgumentNullException>("instance", () => DeepCopyRegistry.RegisterSharedInstance(null!, "nothing"));
        Assert.Throws<ArgumentException>("instance", () => DeepCopyRegistry.RegisterSharedInstance(42, "a boxed number"));
        Assert.Throws<ArgumentException>("description", () => DeepCopyRegistry.RegisterSharedInstance(new Marker(), " "));
    }

    private sealed class Marker
    {
        public static readonly Marker None = new Marker { Label = "none" };

        public string? Label;
    }

    private sealed class PolicyMarker
    {
        public static readonly PolicyMarker None = new PolicyMarker();
    }

    private sealed class Holder
    {
        public Marker? Mark;
    }
}
