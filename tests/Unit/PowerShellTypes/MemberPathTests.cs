using System.IO;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// Paths are written like PowerShell member access. A note property named like a JSON key with a dot or a space
/// ('app.settings', 'my prop') was written bare, and read back as two members or not at all; it is quoted now.
/// </summary>
public sealed class MemberPathTests
{
    public MemberPathTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [InlineData("app.settings", "$.'app.settings'.Log")]
    [InlineData("my prop", "$.'my prop'.Log")]
    [InlineData("it's", "$.'it''s'.Log")]
    [InlineData("9lives", "$.'9lives'.Log")]
    [InlineData("plain_Name2", "$.plain_Name2.Log")]
    public void A_member_name_that_is_not_plain_is_quoted(string name, string expected)
    {
        var inner = new PSObject();
        inner.Properties.Add(new PSNoteProperty("Log", new MemoryStream()));
        var source = new PSObject();
        source.Properties.Add(new PSNoteProperty(name, inner));

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions()));

        Assert.Equal(expected, error.Path);
    }
}
