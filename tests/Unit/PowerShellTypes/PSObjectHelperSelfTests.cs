using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>The checking helpers see a PSObject as base, own members and type names, and catch every way a hand-made copy can be wrong.</summary>
public sealed class PSObjectHelperSelfTests
{
    [Fact]
    public void Honest_hand_made_copies_pass()
    {
        GraphAssert.IsDeepCopy(Custom(new List<int> { 1 }, "Contoso.Widget"), Custom(new List<int> { 1 }, "Contoso.Widget"));
        GraphAssert.IsDeepCopy(Wrapped(new Hashtable { ["k"] = 1 }, 5), Wrapped(new Hashtable { ["k"] = 1 }, 5));
    }

    [Fact]
    public void Shared_note_value_and_shared_member_object_are_caught()
    {
        var list = new List<int> { 1 };
        var source = Custom(list, null);
        var sharingValue = Custom(list, null);
        var sharingMember = new PSObject();
        sharingMember.Members.Add(source.Members["n"]);

        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, sharingValue));
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, sharingMember));
    }

    [Fact]
    public void Changed_members_type_names_and_base_are_caught()
    {
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(Custom(1, "A"), Custom(1, "B")));
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(Custom(1, null), Custom(2, null)));
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(Custom(1, null), new PSObject()));
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(Wrapped(new Hashtable { ["k"] = 1 }, 1), Wrapped(new Hashtable { ["k"] = 2 }, 1)));
        var shared = new Hashtable();
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(new PSObject(shared), new PSObject(shared)));
    }

    [Fact]
    public void Snapshot_sees_a_replaced_note_but_not_the_caches_a_read_builds()
    {
        var source = Wrapped(new ArrayList { 1 }, new List<int> { 2 });
        var before = GraphSnapshot.Take(source);

        _ = source.Properties["Count"].Value;
        _ = source.Members.Match("*");
        before.AssertUnchanged(source);

        source.Members.Add(new PSNoteProperty("n", new List<int> { 2 }));
        Assert.ThrowsAny<XunitException>(() => before.AssertUnchanged(source));
    }

    private static PSObject Custom(object? note, string? typeName)
    {
        var custom = new PSObject();
        custom.Members.Add(new PSNoteProperty("n", note));
        if (typeName != null)
        {
            custom.TypeNames.Insert(0, typeName);
        }

        return custom;
    }

    private static PSObject Wrapped(object baseObject, object? note)
    {
        var wrapper = new PSObject(baseObject);
        wrapper.Members.Add(new PSNoteProperty("n", note));
        return wrapper;
    }
}
