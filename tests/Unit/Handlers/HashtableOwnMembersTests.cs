using System.Collections;
using System.Data;
using System.Management.Automation;
using DeepCopy.Core.Handlers;
using DeepCopy.Tests.Fixtures.Overrides;
using Xunit;

namespace DeepCopy.Tests.Handlers;

/// <summary>Which Hashtable subclasses are read past their overrides, and which would be refused where that cannot be done.</summary>
public sealed class HashtableOwnMembersTests
{
    private sealed class TaggedProperties : PropertyCollection
    {
    }

    [Fact]
    public void This_runtime_calls_Hashtable_s_own_members_past_overrides()
    {
        var own = HashtableOwnMembers.Current;

        Assert.NotNull(own);
        var table = new ThrowingTable(0);
        table.SetReal("k", "v");
        Assert.Equal(1, own!.Count(table));
        Assert.Equal("v", own.GetItem(table, "k"));
    }

    [Fact]
    public void A_user_subclass_and_one_of_a_class_library_subclass_store_their_entries_in_Hashtable()
    {
        Assert.True(HashtableOwnMembers.StoresInHashtable(typeof(MaskingTable)));
        Assert.True(HashtableOwnMembers.StoresInHashtable(typeof(TaggedProperties)));
    }

    /// <summary>PowerShell's OrderedHashtable keeps its entries in a list of its own: its overrides are what it holds.</summary>
    [Fact]
    public void A_platform_subclass_that_keeps_its_entries_elsewhere_is_read_through_its_members()
    {
        var ordered = typeof(PSObject).Assembly.GetType("System.Management.Automation.OrderedHashtable", throwOnError: true)!;

        Assert.False(HashtableOwnMembers.StoresInHashtable(ordered));
    }

    /// <summary>Only these would be refused on a runtime that cannot call past overrides; the others read the same either way.</summary>
    [Fact]
    public void Overrides_of_the_members_that_show_entries_are_told_from_a_comparer_s_overrides()
    {
        Assert.True(HashtableOwnMembers.OverridesEntryMembers(typeof(MaskingTable)));
        Assert.True(HashtableOwnMembers.OverridesEntryMembers(typeof(NullDroppingTable)));
        Assert.False(HashtableOwnMembers.OverridesEntryMembers(typeof(CaseFoldingTable)));
        Assert.False(HashtableOwnMembers.OverridesEntryMembers(typeof(TaggedProperties)));
        Assert.False(HashtableOwnMembers.OverridesEntryMembers(typeof(Hashtable)));
    }
}
