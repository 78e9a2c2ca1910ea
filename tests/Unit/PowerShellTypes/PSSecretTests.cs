using System.Management.Automation;
using System.Net;
using System.Security;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>Secrets are copied without ever being decrypted into a managed string by the engine.</summary>
public sealed class PSSecretTests
{
    public PSSecretTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void SecureString_copy_is_a_new_writable_secret(DeepCopyStrategy strategy)
    {
        using var source = Secret("p@ss");

        using var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Equal(source.Length, copy.Length);
        Assert.False(copy.IsReadOnly());
        Assert.Equal("p@ss", new NetworkCredential(string.Empty, copy).Password);
        copy.AppendChar('!');
        Assert.Equal(4, source.Length);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Read_only_SecureString_stays_read_only(DeepCopyStrategy strategy)
    {
        using var source = Secret("secret");
        source.MakeReadOnly();

        using var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.True(copy.IsReadOnly());
        Assert.Equal(6, copy.Length);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void PSCredential_copy_holds_a_new_password(DeepCopyStrategy strategy)
    {
        var source = new PSCredential("contoso\\user", Secret("hunter2"));

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Equal("contoso\\user", copy.UserName);
        Assert.NotSame(source.Password, copy.Password);
        Assert.Equal(source.Password.Length, copy.Password.Length);
        GraphAssert.IsDeepCopy(source, copy);
        Assert.Equal("hunter2", copy.GetNetworkCredential().Password);
    }

    private static SecureString Secret(string text)
    {
        var secret = new SecureString();
        foreach (var character in text)
        {
            secret.AppendChar(character);
        }

        return secret;
    }
}
