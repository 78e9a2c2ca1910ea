using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>Script blocks and syntax trees are shared, [ref] copies its value, JSON hashtables keep type and order, runspaces are refused.</summary>
public sealed class PSValueTests
{
    public PSValueTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ScriptBlock_is_shared(DeepCopyStrategy strategy)
    {
        var block = ScriptBlock.Create("1 + 1");
        var source = new Hashtable { ["block"] = block, ["list"] = new List<ScriptBlock> { block } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(block, copy["block"]);
        Assert.Same(block, ((List<ScriptBlock>)copy["list"]!)[0]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Syntax_trees_and_tokens_are_shared(DeepCopyStrategy strategy)
    {
        var ast = System.Management.Automation.Language.Parser.ParseInput("param($a) $a + 1", out var tokens, out _);
        var source = new Hashtable { ["ast"] = ast, ["tokens"] = tokens, ["found"] = ast.FindAll(_ => true, true).ToList() };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Same(ast, copy["ast"]);
        Assert.NotSame(tokens, copy["tokens"]);
        Assert.Same(tokens[0], ((System.Management.Automation.Language.Token[])copy["tokens"]!)[0]);
        Assert.Same(ast.EndBlock, ((List<System.Management.Automation.Language.Ast>)copy["found"]!).Single(node => node == ast.EndBlock));
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void PSReference_copies_its_value(DeepCopyStrategy strategy)
    {
        var value = new List<int> { 1, 2 };
        var source = new PSReference(value);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        var copiedValue = Assert.IsType<List<int>>(copy.Value);
        Assert.NotSame(value, copiedValue);
        Assert.Equal(value, copiedValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void PSReference_to_a_variable_is_detached_from_it(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = Assert.IsAssignableFrom<PSReference>(session.InvokeSingle("$x = [System.Collections.ArrayList]::new(@(1, 2)); [ref]$x").BaseObject);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(source.GetType(), copy.GetType());
        var copiedList = Assert.IsType<ArrayList>(copy.Value);
        Assert.NotSame(source.Value, copiedList);
        copy.Value = "replaced";
        Assert.IsType<ArrayList>(session.GetVariable("x"));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ConvertFrom_Json_hashtable_keeps_its_type_and_key_order(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle("'{\"zeta\":1,\"alpha\":{\"inner\":[1,2]},\"mid\":\"m\"}' | ConvertFrom-Json -AsHashtable").BaseObject;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal("System.Management.Automation.OrderedHashtable", copy.GetType().FullName);
        Assert.Equal(new[] { "zeta", "alpha", "mid" }, ((IDictionary)copy).Keys.Cast<string>());
        Assert.NotSame(((IDictionary)source)["alpha"], ((IDictionary)copy)["alpha"]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Runspace_is_not_copyable(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = new Hashtable { ["rs"] = session.Runspace };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));
        var shared = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Reference });
        var dropped = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null });

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$['rs']", error.Path);
        Assert.Same(session.Runspace, error.OffendingValue);
        Assert.Same(session.Runspace, shared["rs"]);
        Assert.Null(dropped["rs"]);
    }
}
