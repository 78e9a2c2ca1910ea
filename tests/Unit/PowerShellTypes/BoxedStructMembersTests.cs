using System.Collections;
using System.Collections.Generic;
using System.Drawing;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// <c>Copy-DeepObject $e</c>, where <c>$e = Get-Item Env:HOME</c> (a wrapped DictionaryEntry with the provider's notes):
/// passing a wrapped struct as an argument makes PowerShell copy the value into a new box and keep the wrapper's
/// members for that box in its tables, and the command receives the bare box. Copies lost those members, and the
/// comparer did not see them, because boxes were never looked up.
/// </summary>
public sealed class BoxedStructMembersTests
{
    public BoxedStructMembersTests() => PowerShellRegistrations.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, string> Boxes => Strategies.With("DictionaryEntry", "Point");

    [Theory]
    [MemberData(nameof(Boxes))]
    public void Members_kept_for_a_box_come_with_the_copy_of_the_box(DeepCopyStrategy strategy, string kind)
    {
        var drive = new List<string> { "Env" };
        var box = Decorated(kind, drive);

        var copy = DeepCopier.Copy(box, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(box, copy);
        Assert.Equal(box, copy);
        var copied = PSObject.AsPSObject(copy);
        Assert.Equal("Microsoft.PowerShell.Core\\Environment::HOME", copied.Properties["PSPath"]!.Value);
        var copiedDrive = Assert.IsType<List<string>>(copied.Properties["PSDrive"]!.Value);
        Assert.NotSame(drive, copiedDrive);
        Assert.Equal(drive, copiedDrive);
        Assert.Equal("Contoso.Entry", copied.TypeNames[0]);
        GraphAssert.IsDeepCopy(box, copy);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void A_box_inside_a_graph_keeps_its_members_and_its_sharing(DeepCopyStrategy strategy, string kind)
    {
        // @{ e = $e; again = $e }: one box reached twice, with the members PowerShell keeps for it.
        var box = Decorated(kind, new List<string> { "Env" });
        var source = new Hashtable { ["e"] = box, ["again"] = box };

        var copy = (Hashtable)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Same(copy["e"], copy["again"]);
        Assert.Equal("Microsoft.PowerShell.Core\\Environment::HOME", PSObject.AsPSObject(copy["e"]!).Properties["PSPath"]!.Value);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void The_copy_members_are_its_own(DeepCopyStrategy strategy, string kind)
    {
        var box = Decorated(kind, new List<string> { "Env" });
        var before = GraphSnapshot.Take(box);

        var copy = DeepCopier.Copy(box, new DeepCopyOptions { Strategy = strategy })!;
        PSObject.AsPSObject(copy).Properties["PSPath"]!.Value = "changed";
        PSObject.AsPSObject(copy).Properties.Add(new PSNoteProperty("Added", 1));

        before.AssertUnchanged(box);
        Assert.Equal("Microsoft.PowerShell.Core\\Environment::HOME", PSObject.AsPSObject(box).Properties["PSPath"]!.Value);
        Assert.Null(PSObject.AsPSObject(box).Properties["Added"]);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void A_box_reached_bare_and_in_a_wrapper_gets_its_members_once(DeepCopyStrategy strategy, string kind)
    {
        // A wrapper made over the box later (Write-Output $e) shows the members PowerShell keeps for the box.
        var box = Decorated(kind, new List<string> { "Env" });
        var options = new DeepCopyOptions { Strategy = strategy };

        foreach (var source in new[] { new object[] { box, PSObject.AsPSObject(box) }, new object[] { PSObject.AsPSObject(box), box } })
        {
            var copy = DeepCopier.Copy(source, options)!;

            var copiedBox = copy[0] is PSObject first ? first.ImmediateBaseObject : copy[0];
            Assert.Same(copiedBox, copy[1] is PSObject second ? second.ImmediateBaseObject : copy[1]);
            Assert.Equal(2, PSObjectView.UnwrappedMembers(copiedBox).Count);
            Assert.Empty(DeepComparer.Compare(source, copy));
        }
    }

    public static TheoryData<DeepCopyStrategy, string> Holders => Strategies.With("Dictionary<Point, object>", "List<KeyValuePair<string, object>>", "object[]");

    [Theory]
    [MemberData(nameof(Holders))]
    public void A_box_held_as_an_object_beside_inline_structs_is_still_looked_up(DeepCopyStrategy strategy, string holder)
    {
        // The boxes the engine makes of inline struct slots are passed over; a real box in an object slot of the same
        // collection, or in a field of such a struct, is not. Each graph reaches the box by one path only.
        var box = Decorated("Point", new List<string> { "Env" });
        object source = holder switch
        {
            "Dictionary<Point, object>" => new Dictionary<Point, object> { [new Point(1, 2)] = box },
            "List<KeyValuePair<string, object>>" => new List<KeyValuePair<string, object>> { new KeyValuePair<string, object>("e", box) },
            _ => new object[] { box },
        };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var copiedBox = copy switch
        {
            Dictionary<Point, object> byStruct => byStruct[new Point(1, 2)],
            List<KeyValuePair<string, object>> pairs => pairs[0].Value,
            _ => ((object[])copy)[0],
        };
        Assert.NotSame(box, copiedBox);
        Assert.Equal("Microsoft.PowerShell.Core\\Environment::HOME", PSObject.AsPSObject(copiedBox).Properties["PSPath"]!.Value);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [InlineData("DictionaryEntry")]
    [InlineData("Point")]
    public void The_comparer_reports_a_box_that_lost_its_members(string kind)
    {
        var box = Decorated(kind, new List<string> { "Env" });
        var bare = kind == "Point" ? (object)new Point(1, 2) : new DictionaryEntry("HOME", "/root");

        var differences = DeepComparer.Compare(new object[] { box }, new object[] { bare });

        Assert.Contains(differences, d => d.Kind == DeepDifferenceKind.MemberMissing && d.Path == "$[0].PSPath");
        Assert.Contains(differences, d => d.Kind == DeepDifferenceKind.TypeDifferent && d.Path == "$[0]");
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_box_the_copy_shares_keeps_sharing_it_with_its_members(DeepCopyStrategy strategy)
    {
        // A boxed number cannot change, so the copy holds the same box, and PowerShell shows it the same members.
        object number = 5;
        PSObject.AsPSObject(number).Properties.Add(new PSNoteProperty("Unit", "cm"));
        var source = new object[] { number };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Same(number, copy[0]);
        Assert.Equal("cm", PSObject.AsPSObject(copy[0]).Properties["Unit"]!.Value);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_wrapped_number_keeps_members_of_its_own(DeepCopyStrategy strategy)
    {
        // `5 | Add-Member -NotePropertyName Unit -NotePropertyValue cm -PassThru`: the README's promise.
        object number = 5;
        var source = new PSObject(number);
        source.Properties.Add(new PSNoteProperty("Unit", "cm"));

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(5, copy.ImmediateBaseObject);
        Assert.Equal("cm", copy.Properties["Unit"]!.Value);
        copy.Properties["Unit"]!.Value = "m";
        Assert.Equal("cm", source.Properties["Unit"]!.Value);
    }

    /// <summary>What the parameter binder hands a command for <c>$e</c>: a box whose members PowerShell keeps for it.</summary>
    private static object Decorated(string kind, List<string> drive)
    {
        var box = kind == "Point" ? (object)new Point(1, 2) : new DictionaryEntry("HOME", "/root");
        var wrapper = PSObject.AsPSObject(box);
        wrapper.Properties.Add(new PSNoteProperty("PSPath", "Microsoft.PowerShell.Core\\Environment::HOME"));
        wrapper.Properties.Add(new PSNoteProperty("PSDrive", drive));
        wrapper.TypeNames.Insert(0, "Contoso.Entry");
        return box;
    }
}
