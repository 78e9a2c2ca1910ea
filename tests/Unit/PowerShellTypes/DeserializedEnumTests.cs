using System.Collections;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Handlers;
using DeepCopy.Tests.StrategySpecific;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// The deserializer turns an enum value into a PSObject that wraps an Int32, carries "Deserialized." type names and keeps
/// the enum's name as its ToString text, in a field of the wrapper. Copies kept the number and the type names but not
/// the text, so <c>Friday</c> came out as <c>5</c>, and Compare-DeepObject did not see it.
/// </summary>
[Collection(nameof(SerialGcCollection))]
public sealed class DeserializedEnumTests
{
    public DeserializedEnumTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(DeserializedObjectTests.StrategiesAndPaths), MemberType = typeof(DeserializedObjectTests))]
    public void A_deserialized_enum_keeps_its_text_on_every_path(DeepCopyStrategy strategy, bool useInternals)
    {
        var source = Deserialize();
        var handler = PowerShellRegistrations.PSObjectHandler;
        var saved = (handler.Internals, handler.Deserialized);
        handler.Internals = useInternals ? PowerShellInternals.Current : PowerShellInternals.Unavailable;
        handler.Deserialized = DeserializedMembers.Unavailable;
        PSObject copy;
        try
        {
            copy = (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        }
        finally
        {
            (handler.Internals, handler.Deserialized) = saved;
        }

        AssertKeptText(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_deserialized_enum_keeps_its_text_with_the_deserializer_internals(DeepCopyStrategy strategy)
    {
        var source = Deserialize();

        var copy = (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        AssertKeptText(source, copy);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Fact]
    public void The_comparer_reports_a_copy_that_lost_the_text()
    {
        var source = Deserialize();
        var handler = PowerShellRegistrations.PSObjectHandler;
        handler.Text = DeserializedText.Unavailable;
        PSObject copy;
        try
        {
            copy = (PSObject)DeepCopier.Copy(source, new DeepCopyOptions())!;
        }
        finally
        {
            handler.Text = DeserializedText.Current;
        }

        var found = DeepComparer.Compare(source, copy);

        Assert.Equal(
            new[] { "$.Attributes.'ToString()' MemberMissing", "$.Day.'ToString()' MemberMissing" },
            found.Select(difference => difference.Path + " " + difference.Kind).OrderBy(text => text, System.StringComparer.Ordinal).ToArray());
    }

    private static void AssertKeptText(PSObject source, PSObject copy)
    {
        var day = Assert.IsType<PSObject>(copy.Properties["Day"].Value);
        Assert.NotSame(source.Properties["Day"].Value, day);
        Assert.Equal(5, day.BaseObject);
        Assert.Equal("Deserialized.System.DayOfWeek", day.TypeNames[0]);
        Assert.Equal("Friday", day.ToString());
        Assert.Equal("Archive, Normal", copy.Properties["Attributes"].Value.ToString());
        Assert.Empty(DeepComparer.Compare(source, copy));

        // Script reads it as the source's: ToString(), a [string] cast and Format-Table say Friday (interpolation says 5
        // for the source too, as PowerShell formats a deserialized enum there).
        using var session = new PowerShellSession();
        const string Script = "param($o) $o.Day.ToString(); [string]$o.Day; \"$($o.Day)\"; ($o | Format-Table -HideTableHeaders | Out-String).Trim()";
        var fromCopy = session.Invoke(Script, new Hashtable { ["o"] = copy }).Select(result => result.BaseObject).ToArray();
        var fromSource = session.Invoke(Script, new Hashtable { ["o"] = source }).Select(result => result.BaseObject).ToArray();
        Assert.Equal(fromSource, fromCopy);
        Assert.Equal("Friday", fromCopy[0]);
        Assert.Equal("Friday", fromCopy[1]);
        Assert.StartsWith("Friday", (string)fromCopy[3]);
    }

    private static PSObject Deserialize()
    {
        var source = new PSObject();
        source.Properties.Add(new PSNoteProperty("Day", System.DayOfWeek.Friday));
        source.Properties.Add(new PSNoteProperty("Attributes", System.IO.FileAttributes.Normal | System.IO.FileAttributes.Archive));
        var bag = (PSObject)PSSerializer.Deserialize(PSSerializer.Serialize(source, 3));
        Assert.Equal("Friday", bag.Properties["Day"].Value.ToString());
        return bag;
    }
}
