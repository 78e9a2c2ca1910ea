using System.Collections;
using System.Security;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>The comparer sees a SecureString's content (through a keyed hash), not the address of its buffer.</summary>
public sealed class SecureStringCompareTests
{
    [Fact]
    public void Two_secrets_with_the_same_characters_are_equal()
    {
        Assert.Empty(DeepComparer.Compare(Secret("p4ss"), Secret("p4ss"), new DeepCompareOptions { Independence = true }));
    }

    [Fact]
    public void Secrets_of_the_same_length_with_different_characters_differ()
    {
        var difference = Assert.Single(DeepComparer.Compare(Secret("p4ss"), Secret("p4sS")));

        Assert.Equal("$.Fingerprint", difference.Path);
        Assert.DoesNotContain("p4s", difference.Message);
    }

    [Fact]
    public void A_read_only_secret_differs_from_a_writable_one()
    {
        var readOnly = Secret("x");
        readOnly.MakeReadOnly();

        Assert.Contains(DeepComparer.Compare(readOnly, Secret("x")), d => d.Path == "$.ReadOnly");
    }

    [Fact]
    public void A_disposed_secret_is_compared_without_failing()
    {
        var disposed = Secret("x");
        disposed.Dispose();

        Assert.NotEmpty(DeepComparer.Compare(disposed, Secret("x")));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copied_secret_compares_equal_and_independent(DeepCopyStrategy strategy)
    {
        var source = new Hashtable { ["password"] = Secret("correct horse") };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
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
