using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// PowerShell recognises some of its own objects by reference: providers and cmdlets test <c>Credential !=
/// PSCredential.Empty</c>, method binding and ConvertTo-Json test <c>== NullString.Value</c>, and rethrowing an error
/// fills in its position only when it holds <c>PositionUtilities.EmptyExtent</c>. A copy that made them new objects
/// passed an empty "real" credential, wrote <c>{}</c> for a null string and lost the position of a rethrown error.
/// </summary>
public sealed class PowerShellSentinelTests
{
    private static readonly object EmptyExtent = typeof(PSObject).Assembly
        .GetType("System.Management.Automation.Language.PositionUtilities")!
        .GetProperty("EmptyExtent", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!
        .GetValue(null)!;

    public PowerShellSentinelTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_splat_that_holds_no_credential_still_holds_PSCredential_Empty(DeepCopyStrategy strategy)
    {
        var real = new PSCredential("ada", new System.Security.SecureString());
        var source = new Hashtable { ["Path"] = "/tmp", ["Credential"] = PSCredential.Empty, ["Other"] = real };
        var options = new DeepCopyOptions { Strategy = strategy };

        var copy = DeepCopier.Copy(source, options)!;
        var root = DeepCopier.Copy(PSCredential.Empty, options);

        Assert.Same(PSCredential.Empty, copy["Credential"]);
        Assert.Same(PSCredential.Empty, root);
        Assert.NotSame(real, copy["Other"]);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }).Select(d => d.Path + " " + d.Message));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_null_string_and_the_empty_script_extent_are_kept(DeepCopyStrategy strategy)
    {
        var source = new object[] { NullString.Value, EmptyExtent };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Same(NullString.Value, copy[0]);
        Assert.Same(EmptyExtent, copy[1]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_error_record_without_a_position_keeps_the_mark_a_rethrow_fills_in(DeepCopyStrategy strategy)
    {
        var info = InvocationInfo.Create(new CmdletInfo("Copy-DeepObject", typeof(CopyDeepObjectCommand)), (IScriptExtent)EmptyExtent);
        var source = new ErrorRecord(new InvalidOperationException("no"), "Failed", ErrorCategory.InvalidOperation, null);
        typeof(ErrorRecord).GetField("_invocationInfo", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(source, info);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(source.InvocationInfo, copy.InvocationInfo);
        Assert.Same(EmptyExtent, ScriptPositionOf(copy.InvocationInfo));
    }

    [Fact]
    public void The_comparer_reports_a_look_alike_of_PSCredential_Empty()
    {
        var lookAlike = (PSCredential)RuntimeHelpers.GetUninitializedObject(typeof(PSCredential));

        var difference = Assert.Single(DeepComparer.Compare(
            new Hashtable { ["Credential"] = PSCredential.Empty }, new Hashtable { ["Credential"] = lookAlike }));

        Assert.Equal("$['Credential']", difference.Path);
        Assert.Equal(DeepDifferenceKind.ValueDifferent, difference.Kind);
        Assert.Equal(
            "Expected PowerShell's own [System.Management.Automation.PSCredential]::Empty, which its code recognises by reference, but found another [System.Management.Automation.PSCredential].",
            difference.Message);
    }

    [Fact]
    public void The_comparer_reports_a_look_alike_of_the_null_string_and_of_the_empty_extent()
    {
        var nullString = RuntimeHelpers.GetUninitializedObject(typeof(NullString));
        var extent = RuntimeHelpers.GetUninitializedObject(EmptyExtent.GetType());

        var differences = DeepComparer.Compare(new object[] { NullString.Value, EmptyExtent }, new[] { nullString, extent });

        Assert.Equal(new[] { "$[0]", "$[1]" }, differences.Select(d => d.Path).ToArray());
        Assert.Contains("[System.Management.Automation.Language.NullString]::Value", differences[0].Message);
        Assert.Contains("PositionUtilities]::EmptyExtent", differences[1].Message);
    }

    [Fact]
    public void A_Copy_type_policy_for_PSCredential_makes_a_new_one_and_the_comparer_says_so()
    {
        // The user's statement about the type outranks the rule, as for the class library's statics.
        var policies = TypePolicySet.CreateBuilder().Set(typeof(PSCredential), TypePolicy.Copy).Build();
        var source = new object[] { PSCredential.Empty };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { TypePolicies = policies })!;

        Assert.NotSame(PSCredential.Empty, copy[0]);
        Assert.Single(DeepComparer.Compare(source, copy));
    }

    [Fact]
    public void Json_writes_the_null_string_as_null_as_ConvertTo_Json_does()
    {
        var copy = Assert.IsAssignableFrom<IDictionary>(Json.JsonTestSupport.Copy(new Hashtable { ["Name"] = NullString.Value, ["List"] = new object[] { NullString.Value } }));

        Assert.True(copy.Contains("Name"));
        Assert.Null(copy["Name"]);
        Assert.Null(Assert.Single((object[])copy["List"]!));
        Assert.Null(Json.JsonTestSupport.Copy(NullString.Value));
    }

    private static object? ScriptPositionOf(InvocationInfo info) =>
        typeof(InvocationInfo).GetField("_scriptPosition", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(info);
}
