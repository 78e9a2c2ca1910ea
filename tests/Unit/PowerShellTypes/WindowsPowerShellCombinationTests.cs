using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Handlers;
using DeepCopy.Tests.StrategySpecific;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// The mix of PSObject fast paths Windows PowerShell 5.1 is expected to bind, per a decompiled 5.1
/// System.Management.Automation: PSObject's member and type-name internals and the member writer bind; the
/// deserializer's internals do not (5.1 keeps them in fields, not properties); the attached-member tables bind under
/// their 5.1 names. Run here on PowerShell 7's implementations: this proves the handler's logic holds for that
/// combination, not that 5.1's internals behave as 7's do.
/// </summary>
[Collection(nameof(SerialGcCollection))]
public sealed class WindowsPowerShellCombinationTests
{
    public WindowsPowerShellCombinationTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_custom_object_keeps_notes_script_members_and_type_names(DeepCopyStrategy strategy)
    {
        var source = new PSObject();
        source.Properties.Add(new PSNoteProperty("Name", "ada"));
        source.Properties.Add(new PSNoteProperty("Settings", new Hashtable { ["depth"] = 1 }));
        source.Members.Add(new PSScriptProperty("Loud", ScriptBlock.Create("throw 'must not run'")));
        source.TypeNames.Insert(0, "Contoso.Person");

        var copy = AsOnWindowsPowerShell(() => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!);

        Assert.IsType<PSCustomObject>(copy.ImmediateBaseObject);
        Assert.Equal("ada", copy.Properties["Name"].Value);
        Assert.NotSame(source.Properties["Settings"].Value, copy.Properties["Settings"].Value);
        Assert.Same(((PSScriptProperty)source.Members["Loud"]).GetterScript, Assert.IsType<PSScriptProperty>(copy.Members["Loud"]).GetterScript);
        Assert.Equal(source.TypeNames, copy.TypeNames);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copied_custom_object_behaves_in_script_like_one_made_there(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle("[pscustomobject]@{ PSTypeName = 'Contoso.Row'; name = 'a'; tags = @('x') }");

        var copy = AsOnWindowsPowerShell(() => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!);
        var results = session.Invoke(
            "param($c) $c.name = 'changed'; $c | Add-Member -NotePropertyName extra -NotePropertyValue 5; " +
            "$c.PSTypeNames.Insert(0, 'Contoso.Changed'); $c.NAME; $c.extra; $c.tags.Count; $c.PSTypeNames[1]; ($c | ConvertTo-Json -Compress)",
            new Hashtable { ["c"] = copy });

        Assert.Equal(
            new object[] { "changed", 5, 1, "Contoso.Row", "{\"name\":\"changed\",\"tags\":[\"x\"],\"extra\":5}" },
            results.Select(result => result.BaseObject).ToArray());
        Assert.Equal("a", source.Properties["name"].Value);
        Assert.Equal("Contoso.Row", source.TypeNames[0]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_wrapped_hashtable_keeps_its_note_and_type_name(DeepCopyStrategy strategy)
    {
        var table = new Hashtable { ["a"] = new ArrayList { 1, 2 } };
        var source = new PSObject(table);
        source.Properties.Add(new PSNoteProperty("Origin", "test"));
        source.TypeNames.Insert(0, "Contoso.Table");

        var copy = AsOnWindowsPowerShell(() => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!);

        var copiedTable = Assert.IsType<Hashtable>(copy.ImmediateBaseObject);
        Assert.NotSame(table["a"], copiedTable["a"]);
        Assert.Equal("test", PSObject.AsPSObject(copiedTable).Properties["Origin"].Value);
        Assert.Equal("Contoso.Table", copy.TypeNames[0]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_deserialized_object_becomes_notes_with_its_values_and_type_names(DeepCopyStrategy strategy)
    {
        var server = new DeserializedObjectTests.Server { Name = "web-01", Ports = new List<int> { 80, 443 }, Owner = new DeserializedObjectTests.Owner { Team = "ops" } };
        var source = (PSObject)PSSerializer.Deserialize(PSSerializer.Serialize(server, 3));

        var copy = AsOnWindowsPowerShell(() => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!);

        Assert.Equal(source.TypeNames, copy.TypeNames);
        Assert.Equal("web-01", Assert.IsType<PSNoteProperty>(copy.Properties["Name"]).Value);
        Assert.NotSame(source.Properties["Owner"].Value, copy.Properties["Owner"].Value);
        Assert.Equal("ops", ((PSObject)copy.Properties["Owner"].Value).Properties["Team"].Value);
        Assert.Empty(DeepComparer.Compare(source, copy));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Members_attached_to_unwrapped_objects_come_with_their_copies(DeepCopyStrategy strategy)
    {
        var owner = new Hashtable { ["name"] = "ada" };
        var cart = new List<string> { "apple" };
        PSObject.AsPSObject(cart).Properties.Add(new PSNoteProperty("Owner", owner));
        PSObject.AsPSObject(cart).TypeNames.Insert(0, "Contoso.Cart");
        var source = new Hashtable { ["cart"] = cart, ["owner"] = owner };

        var copy = AsOnWindowsPowerShell(() => (Hashtable)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!);

        var cartCopy = PSObject.AsPSObject(copy["cart"]!);
        Assert.NotSame(cart, cartCopy.BaseObject);
        Assert.Same(copy["owner"], cartCopy.Properties["Owner"]!.Value);
        Assert.Equal("Contoso.Cart", cartCopy.TypeNames[0]);
    }

    /// <summary>Runs <paramref name="copy"/> with the handler's parts set as Windows PowerShell 5.1 is expected to bind them.</summary>
    private static T AsOnWindowsPowerShell<T>(Func<T> copy)
    {
        Assert.NotNull(ResurrectionTables.TryBind());
        var handler = PowerShellRegistrations.PSObjectHandler;
        var saved = (handler.Internals, handler.Writer, handler.Deserialized);
        handler.Internals = PowerShellInternals.Current;
        handler.Writer = PSObjectMemberWriter.Current;
        handler.Deserialized = DeserializedMembers.Unavailable;
        try
        {
            return copy();
        }
        finally
        {
            (handler.Internals, handler.Writer, handler.Deserialized) = saved;
        }
    }
}
