using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Internal;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// A command that writes nothing gives AutomationNull.Value (@{ Items = (Get-ChildItem $emptyFolder) }): a PSObject that
/// PowerShell treats as null. It wraps no object, so a copy that built a new PSObject from it got an empty
/// PSCustomObject, which is not null, is true and enumerates one item.
/// </summary>
public sealed class AutomationNullTests
{
    public AutomationNullTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_copy_holds_AutomationNull_itself(DeepCopyStrategy strategy)
    {
        var source = new Hashtable { ["Items"] = AutomationNull.Value, ["List"] = new object[] { AutomationNull.Value } };

        var copy = (Hashtable)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Same(AutomationNull.Value, copy["Items"]);
        Assert.Same(AutomationNull.Value, ((object[])copy["List"]!)[0]);
        Assert.Empty(AutomationNull.Value.Properties);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Fact]
    public void The_comparer_tells_AutomationNull_from_an_empty_PSCustomObject()
    {
        var differences = DeepComparer.Compare(new Hashtable { ["Items"] = AutomationNull.Value }, new Hashtable { ["Items"] = new PSObject() });

        Assert.Single(differences);
        Assert.Equal("$['Items']", differences[0].Path);
    }

    [Fact]
    public void Json_writes_it_as_null()
    {
        var copy = Assert.IsAssignableFrom<IDictionary>(Copy(new Hashtable { ["Items"] = AutomationNull.Value }));

        Assert.True(copy.Contains("Items"));
        Assert.Null(copy["Items"]);
    }
}
