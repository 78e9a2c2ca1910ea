using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// Add-Member -InputObject $cart, or $cfg.PSTypeNames.Insert(0, ...), on an object held unwrapped: PowerShell keeps
/// those members and type names in tables keyed by the object, which a field walk never meets, so copies lost them.
/// </summary>
public sealed class AttachedMembersTests
{
    public AttachedMembersTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Members_added_to_an_unwrapped_object_come_with_its_copy(DeepCopyStrategy strategy)
    {
        var owner = new Hashtable { ["name"] = "ada" };
        var cart = new List<string> { "apple" };
        PSObject.AsPSObject(cart).Properties.Add(new PSNoteProperty("Owner", owner));
        var describe = ScriptBlock.Create("\"$($this.Owner.name) has $($this.Count)\"");
        PSObject.AsPSObject(cart).Members.Add(new PSScriptMethod("Describe", describe));
        var source = new Hashtable { ["cart"] = cart, ["owner"] = owner };

        var copy = (Hashtable)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var cartCopy = PSObject.AsPSObject(copy["cart"]!);
        Assert.NotSame(cart, cartCopy.BaseObject);
        Assert.Same(copy["owner"], cartCopy.Properties["Owner"]!.Value);
        Assert.Same(describe, Assert.IsType<PSScriptMethod>(cartCopy.Methods["Describe"]).Script);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_copy_members_are_its_own(DeepCopyStrategy strategy)
    {
        var cart = new List<string>();
        PSObject.AsPSObject(cart).Properties.Add(new PSNoteProperty("Owner", "ada"));

        var copy = DeepCopier.Copy(cart, new DeepCopyOptions { Strategy = strategy })!;
        PSObject.AsPSObject(copy).Properties["Owner"]!.Value = "grace";
        PSObject.AsPSObject(copy).Properties.Add(new PSNoteProperty("Added", 1));

        Assert.Equal("ada", PSObject.AsPSObject(cart).Properties["Owner"]!.Value);
        Assert.Null(PSObject.AsPSObject(cart).Properties["Added"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Type_names_given_to_an_unwrapped_object_come_with_its_copy(DeepCopyStrategy strategy)
    {
        var config = new Hashtable { ["port"] = 80 };
        PSObject.AsPSObject(config).TypeNames.Insert(0, "Contoso.Config");

        var copy = DeepCopier.Copy(new object[] { config }, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal("Contoso.Config", PSObject.AsPSObject(copy[0]).TypeNames[0]);
        Assert.Equal(PSObject.AsPSObject(config).TypeNames, PSObject.AsPSObject(copy[0]).TypeNames);
    }

    [Fact]
    public void The_comparer_sees_members_attached_to_unwrapped_objects()
    {
        var shared = new Hashtable { ["n"] = 1 };
        var reference = new List<string>();
        var difference = new List<string>();
        PSObject.AsPSObject(reference).Properties.Add(new PSNoteProperty("Owner", "ada"));
        PSObject.AsPSObject(reference).Properties.Add(new PSNoteProperty("Shared", shared));
        PSObject.AsPSObject(difference).Properties.Add(new PSNoteProperty("Owner", "grace"));
        PSObject.AsPSObject(difference).Properties.Add(new PSNoteProperty("Shared", shared));

        var differences = DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true });

        Assert.Contains(differences, d => d.Kind == DeepDifferenceKind.ValueDifferent && d.Path == "$.Owner");
        Assert.Contains(differences, d => d.Kind == DeepDifferenceKind.SharedReference && ReferenceEquals(d.ReferenceValue, shared));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_compares_equal_with_its_attached_members(DeepCopyStrategy strategy)
    {
        var config = new Hashtable { ["port"] = 80 };
        PSObject.AsPSObject(config).Properties.Add(new PSNoteProperty("Tags", new List<string> { "a" }));
        PSObject.AsPSObject(config).TypeNames.Insert(0, "Contoso.Config");

        var copy = DeepCopier.Copy(config, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Empty(DeepComparer.Compare(config, copy, new DeepCompareOptions { Independence = true }));
        Assert.NotEmpty(DeepComparer.Compare(config, new Hashtable { ["port"] = 80 }));
    }

    [Fact]
    public void An_object_without_attached_members_gets_none()
    {
        var plain = new List<int> { 1 };

        var copy = DeepCopier.Copy(plain, new DeepCopyOptions())!;

        Assert.Null(PSObject.AsPSObject(copy).Properties["Owner"]);
        Assert.Equal(PSObject.AsPSObject(plain).TypeNames, PSObject.AsPSObject(copy).TypeNames);
    }
}
