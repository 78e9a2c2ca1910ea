using System;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// PowerShell keeps the members and type names added to a wrapper in tables keyed on the wrapped object. A copy of a
/// wrapper around a value the copy shares (an immutable, returned as is) must not end up with the source's own
/// collections: before the fix, filling them replaced the source's note values and wiped its type names.
/// Found by the graph fuzzer (seeds 3, 36 and 57). Members on a shared reference value: SharedValueMembersTests.
/// </summary>
public sealed class PSWrappedValueTests
{
    public PSWrappedValueTests() => PowerShellRegistrations.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, string> Values => Strategies.With("Int32", "DateTime", "Boolean", "KeyValuePair");

    [Theory]
    [MemberData(nameof(Values))]
    public void Wrapped_boxed_value_with_notes_and_type_names_leaves_the_source_alone(DeepCopyStrategy strategy, string kind)
    {
        // What `5 | Add-Member -NotePropertyName Unit -NotePropertyValue $list -PassThru` makes.
        var list = new List<int> { 1 };
        var source = new PSObject(Box(kind));
        source.Members.Add(new PSNoteProperty("Unit", list));
        source.TypeNames.Insert(0, "Contoso.Measure");
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        before.AssertUnchanged(source);
        Assert.Same(list, source.Properties["Unit"].Value);
        Assert.Equal("Contoso.Measure", source.TypeNames[0]);
        Assert.Equal(source.ImmediateBaseObject, copy.ImmediateBaseObject);
        Assert.Equal("Contoso.Measure", copy.TypeNames[0]);
        GraphAssert.IsDeepCopy(source, copy);

        copy.Members.Add(new PSNoteProperty("Added", 1));
        Assert.Null(source.Properties["Added"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Wrapped_string_with_notes_copies_as_before(DeepCopyStrategy strategy)
    {
        var source = new PSObject("text");
        source.Members.Add(new PSNoteProperty("Tag", new List<int> { 1 }));

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(source.ImmediateBaseObject, copy.ImmediateBaseObject);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Wrapped_shared_object_with_only_type_names_shares_them_and_leaves_them_alone(DeepCopyStrategy strategy)
    {
        // Reading pstypenames once is enough to give the shared object type names "of its own", as every wrapper sees.
        var version = new Version(1, 2);
        var named = new PSObject(version);
        named.TypeNames.Insert(0, "Contoso.Release");
        var source = new List<object> { named, new PSObject(typeof(string)) };
        _ = ((PSObject)source[1]).TypeNames;
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        before.AssertUnchanged(source);
        Assert.Same(version, ((PSObject)copy[0]).ImmediateBaseObject);
        Assert.Equal("Contoso.Release", named.TypeNames[0]);
        Assert.Equal(named.TypeNames, ((PSObject)copy[0]).TypeNames);
        GraphAssert.IsDeepCopy(source, copy);
    }

    public static TheoryData<DeepCopyStrategy, string> Inspections =>
        Strategies.With("$v.psobject", "$v | Get-Member", "$v | Format-List * | Out-String", "$v | ConvertTo-Json -Depth 1 -WarningAction Ignore");

    [Theory]
    [MemberData(nameof(Inspections))]
    public void Wrapped_shared_object_that_a_script_has_inspected_is_shared(DeepCopyStrategy strategy, string inspection)
    {
        // Get-Command, Get-Module, Get-Location and Get-Culture return shared objects; looking at one leaves an empty or
        // intrinsic-only member collection under it for the rest of the session, which is not a member of its own.
        var version = new Version(1, 2);
        using (var shell = System.Management.Automation.PowerShell.Create())
        {
            shell.AddScript("param($v) $null = " + inspection).AddArgument(version).Invoke();
            Assert.False(shell.HadErrors);
        }

        var source = new List<object> { new PSObject(version) };
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        before.AssertUnchanged(source);
        Assert.Same(version, ((PSObject)copy[0]).ImmediateBaseObject);
        GraphAssert.IsDeepCopy(source, copy);
    }

    private static object Box(string kind) => kind switch
    {
        "Int32" => 5,
        "DateTime" => new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        "Boolean" => true,
        _ => new KeyValuePair<string, int>("k", 1),
    };
}
