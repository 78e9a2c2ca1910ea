using System.Collections;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// Script properties, alias properties and script methods are definitions: the copy keeps them (sharing their
/// script blocks) and never invokes them, so a getter that counts or throws does neither during a copy.
/// </summary>
public sealed class PSMemberDefinitionTests
{
    private const string Script = @"
$global:getterRuns = 0
$o = [pscustomobject]@{ A = 21 }
$o | Add-Member -MemberType ScriptProperty -Name Counted -Value { $global:getterRuns++; 42 }
$o | Add-Member -MemberType ScriptProperty -Name Exploding -Value { throw 'the getter ran' }
$o | Add-Member -MemberType AliasProperty -Name Alias -Value A
$o | Add-Member -MemberType ScriptMethod -Name Twice -Value { $this.A * 2 }
$o";

    public PSMemberDefinitionTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Definitions_are_kept_and_not_invoked(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle(Script);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(0, session.GetVariable("getterRuns"));
        var counted = Assert.IsType<PSScriptProperty>(copy.Members["Counted"]);
        Assert.Same(((PSScriptProperty)source.Members["Counted"]).GetterScript, counted.GetterScript);
        var exploding = Assert.IsType<PSScriptProperty>(copy.Members["Exploding"]);
        Assert.Same(((PSScriptProperty)source.Members["Exploding"]).GetterScript, exploding.GetterScript);
        Assert.Equal("A", Assert.IsType<PSAliasProperty>(copy.Members["Alias"]).ReferencedMemberName);
        var twice = Assert.IsType<PSScriptMethod>(copy.Members["Twice"]);
        Assert.Same(((PSScriptMethod)source.Members["Twice"]).Script, twice.Script);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Copied_definitions_work_on_the_copy(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle(Script);
        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        copy.Properties["A"].Value = 5;

        var results = session.Invoke("param($c, $s) $c.Twice(); $c.Alias; $c.Counted; $global:getterRuns; $s.A", new Hashtable { ["c"] = copy, ["s"] = source });

        Assert.Equal(new object[] { 10, 5, 42, 1, 21 }, results.Select(r => r.BaseObject).ToArray());
    }
}
