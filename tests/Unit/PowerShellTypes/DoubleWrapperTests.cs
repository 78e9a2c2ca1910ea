using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// A PSObject that wraps another PSObject: what Get-Help returns (a wrapper with the help type names around a
/// PSCustomObject), and what .NET code makes with <c>new PSObject(wrapper)</c>. The copy collapsed the two wrappers into
/// one, so Compare-DeepObject reported every help object as differing from its copy and Measure-DeepCopy refused it.
/// </summary>
public sealed class DoubleWrapperTests
{
    public DoubleWrapperTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_wrapper_of_a_wrapper_is_copied_as_two_wrappers(DeepCopyStrategy strategy)
    {
        var (outer, inner, list) = HelpLike();

        var copy = DeepCopier.Copy(outer, new DeepCopyOptions { Strategy = strategy })!;

        var copiedInner = Assert.IsType<PSObject>(copy.ImmediateBaseObject);
        Assert.NotSame(inner, copiedInner);
        Assert.IsType<PSCustomObject>(copiedInner.ImmediateBaseObject);
        Assert.Equal(outer.TypeNames, copy.TypeNames);
        Assert.Equal(inner.TypeNames, copiedInner.TypeNames);
        Assert.Equal("Copy-DeepObject", copy.Properties["Name"]!.Value);
        var copiedList = Assert.IsType<List<string>>(copiedInner.Properties["Tags"]!.Value);
        Assert.NotSame(list, copiedList);
        Assert.Same(copiedList, copy.Properties["Tags"]!.Value);
        Assert.Empty(DeepComparer.Compare(outer, copy, new DeepCompareOptions { Independence = true }));
        GraphAssert.IsDeepCopy(outer, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_graph_holding_both_wrappers_keeps_them_apart(DeepCopyStrategy strategy)
    {
        var (outer, inner, _) = HelpLike();
        var options = new DeepCopyOptions { Strategy = strategy };

        var innerFirst = DeepCopier.Copy(new object[] { inner, outer }, options)!;
        var outerFirst = DeepCopier.Copy(new object[] { outer, inner }, options)!;

        Assert.NotSame(innerFirst[0], innerFirst[1]);
        Assert.Same(innerFirst[0], ((PSObject)innerFirst[1]).ImmediateBaseObject);
        Assert.NotSame(outerFirst[0], outerFirst[1]);
        Assert.Same(outerFirst[1], ((PSObject)outerFirst[0]).ImmediateBaseObject);
        Assert.Empty(DeepComparer.Compare(new object[] { inner, outer }, innerFirst));
        Assert.Empty(DeepComparer.Compare(new object[] { outer, inner }, outerFirst));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_copies_share_their_members_as_the_source_wrappers_do(DeepCopyStrategy strategy)
    {
        // PowerShell keeps both wrappers' members under the inner one, so a note added through either shows on both.
        var (outer, _, _) = HelpLike();

        var copy = DeepCopier.Copy(outer, new DeepCopyOptions { Strategy = strategy })!;
        copy.Properties.Add(new PSNoteProperty("Added", 1));

        Assert.Equal(1, ((PSObject)copy.ImmediateBaseObject).Properties["Added"]!.Value);
        Assert.Null(outer.Properties["Added"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_wrapper_of_a_wrapped_hashtable_keeps_both_wrappers(DeepCopyStrategy strategy)
    {
        var table = new Hashtable { ["a"] = new List<int> { 1 } };
        var inner = new PSObject(table);
        inner.Properties.Add(new PSNoteProperty("Note", "n"));
        var outer = new PSObject(inner);

        var copy = DeepCopier.Copy(outer, new DeepCopyOptions { Strategy = strategy })!;

        var copiedInner = Assert.IsType<PSObject>(copy.ImmediateBaseObject);
        var copiedTable = Assert.IsType<Hashtable>(copiedInner.ImmediateBaseObject);
        Assert.NotSame(table, copiedTable);
        Assert.Equal("n", copy.Properties["Note"]!.Value);
        Assert.Empty(DeepComparer.Compare(outer, copy, new DeepCompareOptions { Independence = true }));
        GraphAssert.IsDeepCopy(outer, copy);
    }

    [Fact]
    public void The_comparer_tells_a_double_wrapper_from_a_single_one()
    {
        var (outer, inner, _) = HelpLike();

        Assert.NotEmpty(DeepComparer.Compare(outer, inner));
    }

    /// <summary>What Get-Help makes: a PSCustomObject of notes, wrapped again with the help type names.</summary>
    private static (PSObject Outer, PSObject Inner, List<string> Tags) HelpLike()
    {
        var tags = new List<string> { "copy" };
        var inner = new PSObject();
        inner.Properties.Add(new PSNoteProperty("Name", "Copy-DeepObject"));
        inner.Properties.Add(new PSNoteProperty("Tags", tags));
        var outer = new PSObject(inner);
        outer.TypeNames.Clear();
        outer.TypeNames.Add("MamlCommandHelpInfo#DeepCopy");
        outer.TypeNames.Add("HelpInfo");
        return (outer, inner, tags);
    }
}
