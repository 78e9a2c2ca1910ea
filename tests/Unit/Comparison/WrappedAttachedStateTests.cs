using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// A PSObject wrapping a collection holds the members PowerShell keeps attached to that collection, so the wrapper and
/// the collection held unwrapped are compared as one object, at the root and as keys.
/// </summary>
public sealed class WrappedAttachedStateTests
{
    public WrappedAttachedStateTests() => PowerShellRegistrations.EnsureRegistered();

    [Fact]
    public void A_wrapped_collection_with_attached_members_equals_itself_and_its_copy_unwrapped()
    {
        var config = Configured(80);

        Assert.Empty(DeepComparer.Compare(config, PSObject.AsPSObject(config)));
        Assert.Empty(DeepComparer.Compare(PSObject.AsPSObject(config), DeepCopier.Copy(config)));
    }

    [Fact]
    public void Sets_holding_it_wrapped_on_one_side_and_unwrapped_on_the_other_pair_it()
    {
        var reference = new HashSet<object>(ReferenceEqualityComparer.Instance) { PSObject.AsPSObject(Configured(80)), PSObject.AsPSObject(Configured(81)) };
        var difference = new HashSet<object>(ReferenceEqualityComparer.Instance) { Configured(81), Configured(80) };

        Assert.Empty(DeepComparer.Compare(reference, difference));
    }

    [Fact]
    public void A_type_name_only_the_wrapped_side_has_is_still_reported()
    {
        var plain = new Hashtable { ["Port"] = 80 };

        Assert.NotEmpty(DeepComparer.Compare(PSObject.AsPSObject(Configured(80)), plain));
        Assert.NotEmpty(DeepComparer.Compare(plain, PSObject.AsPSObject(Configured(80))));
    }

    [Fact]
    public void A_wrapper_with_members_of_its_own_still_differs_from_the_bare_object()
    {
        using var session = new DeepCopy.Tests.Support.PowerShellSession();
        var expanded = session.InvokeSingle("[pscustomobject]@{ Cfg = @{ a = 1 }; Owner = 'ada' } | Select-Object -ExpandProperty Cfg -Property Owner");
        Assert.IsType<Hashtable>(expanded.BaseObject);

        var found = DeepComparer.Compare(expanded, new Hashtable { ["a"] = 1 });

        Assert.NotEmpty(found);
        Assert.NotEmpty(DeepComparer.Compare(new Hashtable { ["v"] = expanded }, new Hashtable { ["v"] = new Hashtable { ["a"] = 1 } }));
    }

    [Fact]
    public void Type_names_the_other_side_does_not_change_are_named_as_the_type_gives_them()
    {
        var named = new List<int> { 1 };
        PSObject.AsPSObject(named).TypeNames.Insert(0, "Contoso.Numbers");

        var found = Assert.Single(DeepComparer.Compare(named, new List<int> { 1 }));

        Assert.Equal(DeepDifferenceKind.TypeDifferent, found.Kind);
        Assert.StartsWith("Expected the type names [Contoso.Numbers, ", found.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("] but found the type names its type gives.", found.Message, System.StringComparison.Ordinal);
    }

    private static Hashtable Configured(int port)
    {
        var config = new Hashtable { ["Port"] = port };
        PSObject.AsPSObject(config).TypeNames.Insert(0, "Contoso.Config");
        PSObject.AsPSObject(config).Properties.Add(new PSNoteProperty("Owner", "ada"));
        return config;
    }
}
