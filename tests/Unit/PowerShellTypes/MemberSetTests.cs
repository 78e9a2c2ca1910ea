using System.Collections;
using System.IO;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Handlers;
using DeepCopy.Tests.StrategySpecific;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// A member set (Add-Member -MemberType MemberSet, PSStandardMembers) holds members of its own. Its note properties are
/// data, copied deeply through the engine like top-level notes; the member set's own Copy() shared their values, so
/// editing the copy changed the source and a stream there was never reported.
/// </summary>
[Collection(nameof(SerialGcCollection))]
public sealed class MemberSetTests
{
    public MemberSetTests() => PowerShellRegistrations.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, bool> StrategiesAndPaths => DeserializedObjectTests.StrategiesAndPaths;

    [Theory]
    [MemberData(nameof(StrategiesAndPaths))]
    public void Notes_inside_member_sets_are_copied_deeply(DeepCopyStrategy strategy, bool useInternals)
    {
        var source = WithSettings(new Hashtable { ["retries"] = 1 }, out var list);

        var copy = CopyOnPath(source, strategy, useInternals);

        var settings = Assert.IsType<PSMemberSet>(copy.Members["Settings"]);
        var config = Assert.IsType<Hashtable>(settings.Members["Cfg"].Value);
        Assert.NotSame(((PSMemberSet)source.Members["Settings"]).Members["Cfg"].Value, config);
        Assert.Equal(1, config["retries"]);
        var inner = Assert.IsType<PSMemberSet>(settings.Members["Inner"]);
        var listCopy = Assert.IsType<ArrayList>(inner.Members["List"].Value);
        Assert.NotSame(list, listCopy);
        Assert.Same(list, ((PSMemberSet)((PSMemberSet)source.Members["Settings"]).Members["Inner"]).Members["List"].Value);
        Assert.Equal(new object[] { "a" }, listCopy.ToArray());
        var method = Assert.IsType<PSScriptMethod>(settings.Members["Twice"]);
        Assert.Same(((PSScriptMethod)((PSMemberSet)source.Members["Settings"]).Members["Twice"]).Script, method.Script);
        Assert.IsType<PSPropertySet>(settings.Members["Shown"]);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));

        config["retries"] = 99;
        Assert.Equal(1, ((Hashtable)((PSMemberSet)source.Members["Settings"]).Members["Cfg"].Value)["retries"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Sharing_and_cycles_through_a_member_set_are_kept(DeepCopyStrategy strategy)
    {
        var shared = new Hashtable { ["retries"] = 1 };
        var source = WithSettings(shared, out _);
        source.Properties.Add(new PSNoteProperty("Same", shared));
        ((PSMemberSet)source.Members["Settings"]).Members.Add(new PSNoteProperty("Self", source));

        var copy = (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var settings = (PSMemberSet)copy.Members["Settings"];
        Assert.Same(copy.Properties["Same"].Value, settings.Members["Cfg"].Value);
        Assert.Same(copy, settings.Members["Self"].Value);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_non_copyable_value_in_a_member_set_is_reported_with_its_path(DeepCopyStrategy strategy)
    {
        var source = WithSettings(new MemoryStream(), out _);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.Settings.Cfg", error.Path);
    }

    [Fact]
    public void A_nested_note_is_named_by_its_member_set_path()
    {
        var source = WithSettings(1, out _);
        ((PSMemberSet)((PSMemberSet)source.Members["Settings"]).Members["Inner"]).Members.Add(new PSNoteProperty("my log", new MemoryStream()));

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions()));

        Assert.Equal("$.Settings.Inner.'my log'", error.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_member_set_attached_to_an_unwrapped_list_is_copied_deeply(DeepCopyStrategy strategy)
    {
        var config = new Hashtable { ["retries"] = 1 };
        var cart = new ArrayList { "apple" };
        PSObject.AsPSObject(cart).Members.Add(new PSMemberSet("Settings", new PSMemberInfo[] { new PSNoteProperty("Cfg", config) }));
        var source = new Hashtable { ["cart"] = cart };

        var copy = (Hashtable)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var settings = Assert.IsType<PSMemberSet>(PSObject.AsPSObject(copy["cart"]!).Members["Settings"]);
        Assert.NotSame(config, settings.Members["Cfg"].Value);
        Assert.Equal(1, ((Hashtable)settings.Members["Cfg"].Value)["retries"]);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Fact]
    public void The_comparer_reads_notes_inside_member_sets()
    {
        var reference = WithSettings(new Hashtable { ["retries"] = 1 }, out _);
        var difference = WithSettings(new Hashtable { ["retries"] = 2 }, out _);

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal("$.Settings.Cfg['retries']", found.Path);
    }

    [Fact]
    public void The_independence_check_reports_a_note_value_a_member_set_shares()
    {
        var config = new Hashtable { ["retries"] = 1 };
        var reference = WithSettings(config, out _);
        var difference = WithSettings(config, out _);

        var found = Assert.Single(DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true }));

        Assert.Equal("$.Settings.Cfg", found.Path);
        Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void PSStandardMembers_keep_their_default_columns_and_notes(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle(
            "$o = [pscustomobject]@{ A = 1; B = 2; C = 3 }; " +
            "$o | Add-Member MemberSet PSStandardMembers ([System.Management.Automation.PSMemberInfo[]]@(" +
            "[System.Management.Automation.PSPropertySet]::new('DefaultDisplayPropertySet', [string[]]('A', 'C')), " +
            "[System.Management.Automation.PSNoteProperty]::new('SerializationDepth', 3))); $o");

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        var table = session.Invoke("param($c) ($c | Format-Table | Out-String).Trim()", new Hashtable { ["c"] = copy });

        Assert.StartsWith("A C", Assert.Single(table).BaseObject.ToString()!.Split('\n')[0].Trim().Replace("  ", " "));
        Assert.Equal(3, ((PSMemberSet)copy!.Members["PSStandardMembers"]).Members["SerializationDepth"].Value);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    /// <summary>An object with a member set Settings: a note Cfg, a nested set Inner with a list, a script method and a property set.</summary>
    private static PSObject WithSettings(object config, out ArrayList list)
    {
        list = new ArrayList { "a" };
        var inner = new PSMemberSet("Inner", new PSMemberInfo[] { new PSNoteProperty("List", list) });
        var settings = new PSMemberSet("Settings", new PSMemberInfo[]
        {
            new PSNoteProperty("Cfg", config),
            inner,
            new PSScriptMethod("Twice", ScriptBlock.Create("2")),
            new PSPropertySet("Shown", new[] { "Name" }),
        });
        var source = new PSObject();
        source.Properties.Add(new PSNoteProperty("Name", "svc"));
        source.Members.Add(settings);
        return source;
    }

    private static PSObject CopyOnPath(PSObject source, DeepCopyStrategy strategy, bool useInternals)
    {
        var handler = PowerShellRegistrations.PSObjectHandler;
        var saved = handler.Internals;
        handler.Internals = useInternals ? PowerShellInternals.Current : PowerShellInternals.Unavailable;
        try
        {
            return (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        }
        finally
        {
            handler.Internals = saved;
        }
    }
}
