using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// Script blocks and the other PowerShell configuration the copy engine shares (syntax trees, tokens, module, command,
/// provider, drive and path info, session state) are compared by what identifies them, never through engine internals.
/// </summary>
public sealed class ScriptBlockCompareTests
{
    public ScriptBlockCompareTests() => PowerShellRegistrations.EnsureRegistered();

    [Fact]
    public void Two_script_blocks_built_from_the_same_text_are_equal()
    {
        Assert.Empty(DeepComparer.Compare(new Hashtable { ["v"] = ScriptBlock.Create("1") }, new Hashtable { ["v"] = ScriptBlock.Create("1") }));
    }

    [Fact]
    public void Script_blocks_with_different_text_differ_once_by_their_text()
    {
        var found = Assert.Single(DeepComparer.Compare(new Hashtable { ["v"] = ScriptBlock.Create("1") }, new Hashtable { ["v"] = ScriptBlock.Create("2") }));

        Assert.Equal("$['v'].Text", found.Path);
        Assert.Equal("Expected '1' but found '2'.", found.Message);
    }

    [Fact]
    public void A_module_bound_script_block_equals_a_plain_one_of_the_same_text()
    {
        using var session = new PowerShellSession();
        var bound = (ScriptBlock)session.InvokeSingle("$m = New-Module -ScriptBlock { function f { } }; & $m { { 1 } }").BaseObject;
        Assert.NotNull(bound.Module);

        Assert.Empty(DeepComparer.Compare(new Hashtable { ["v"] = bound }, new Hashtable { ["v"] = ScriptBlock.Create(bound.ToString()) }));
    }

    [Fact]
    public void Script_blocks_of_two_runspaces_are_equal_when_their_text_is()
    {
        using var first = new PowerShellSession();
        using var second = new PowerShellSession();

        var reference = first.InvokeSingle("@{ v = { 1 }; w = [pscustomobject]@{ s = { $_ } } }");
        var difference = second.InvokeSingle("@{ v = { 1 }; w = [pscustomobject]@{ s = { $_ } } }");

        Assert.Empty(DeepComparer.Compare(reference, difference));
    }

    [Fact]
    public void Syntax_trees_and_tokens_of_the_same_text_are_equal_and_differ_by_text()
    {
        var ast = Parser.ParseInput("param($a) $a + 1", out var tokens, out _);
        var again = Parser.ParseInput("param($a) $a + 1", out var againTokens, out _);
        var other = Parser.ParseInput("param($a) $a + 2", out _, out _);

        Assert.Empty(DeepComparer.Compare(new object[] { ast, tokens }, new object[] { again, againTokens }));
        var found = Assert.Single(DeepComparer.Compare(ast, other));
        Assert.Equal("$.Text", found.Path);
    }

    [Fact]
    public void Command_and_module_info_of_two_runspaces_are_compared_by_name()
    {
        using var first = new PowerShellSession();
        using var second = new PowerShellSession();
        const string Script = "@{ c = Get-Command Get-Item; m = Get-Module Microsoft.PowerShell.Utility -ListAvailable | Select-Object -First 1; p = Get-Location; d = Get-PSDrive -PSProvider FileSystem | Select-Object -First 1 }";

        Assert.Empty(DeepComparer.Compare(first.InvokeSingle(Script), second.InvokeSingle(Script)));
        var commands = DeepComparer.Compare(first.InvokeSingle("Get-Command Get-Item"), second.InvokeSingle("Get-Command Set-Item"));
        Assert.Equal("$.Name", Assert.Single(commands).Path);
    }

    [Fact]
    public void Session_state_is_not_compared_as_data()
    {
        using var first = new PowerShellSession();
        using var second = new PowerShellSession();

        Assert.Empty(DeepComparer.Compare(first.GetVariable("ExecutionContext"), second.GetVariable("ExecutionContext")));
        Assert.Empty(DeepComparer.Compare(first.Runspace.SessionStateProxy.Path, second.Runspace.SessionStateProxy.Path));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_of_a_graph_holding_script_blocks_compares_equal_and_independent(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle(
            "$m = New-Module -ScriptBlock { function f { } }; @{ plain = { 1 }; bound = (& $m { { 2 } }); list = [System.Collections.Generic.List[object]]@({ 3 }, (Get-Command Get-Item)); ast = { 4 }.Ast }");

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Fact]
    public void A_script_block_differs_from_its_text()
    {
        var found = DeepComparer.Compare(ScriptBlock.Create("1"), "1");

        Assert.Equal(DeepDifferenceKind.TypeDifferent, Assert.Single(found).Kind);
        Assert.True(found.All(d => !d.Path.Contains("SessionState")));
    }
}
