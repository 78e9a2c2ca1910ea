using System;
using System.Collections;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Errors;
using DeepCopy.Policies;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Policies;

/// <summary>
/// A script block copier made in one runspace is refused in another however it arrives: bare, or inside a Core
/// TypePolicy (the delegate PowerShell makes from it, either Custom overload, or the module's own ScriptBlockCopier).
/// Copiers that are .NET code, and script blocks of the runspace that asks, are accepted.
/// </summary>
public sealed class TypePolicyAffinityTests : IDisposable
{
    private const string CopierText = "param($source) , [System.Collections.ArrayList]::new(@('from the copier'))";

    private readonly PowerShellSession _maker = new PowerShellSession();
    private readonly PowerShellSession _user = new PowerShellSession();

    public void Dispose()
    {
        _maker.Dispose();
        _user.Dispose();
    }

    [Fact]
    public void A_bare_script_block_from_another_runspace_is_refused()
    {
        var foreign = MakeScriptBlockIn(_maker);

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(foreign, _user));
    }

    [Fact]
    public void A_TypePolicy_around_a_one_argument_script_block_delegate_from_another_runspace_is_refused()
    {
        var policy = TypePolicy.Custom(LanguagePrimitives.ConvertTo<Func<object, object?>>(MakeScriptBlockIn(_maker)));

        var refusal = Assert.Throws<InvalidTypePolicyException>(() => Resolve(policy, _user));

        Assert.Same(policy, refusal.Target);
        Assert.Contains("[scriptblock]::Create", refusal.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void A_TypePolicy_around_a_two_argument_script_block_delegate_from_another_runspace_is_refused()
    {
        var copier = LanguagePrimitives.ConvertTo<Func<object, DeepCopyContext, object?>>(MakeScriptBlockIn(_maker));

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(TypePolicy.Custom(copier), _user));
    }

    [Fact]
    public void A_TypePolicy_wrapped_in_a_PSObject_is_checked_too()
    {
        var policy = TypePolicy.Custom(LanguagePrimitives.ConvertTo<Func<object, object?>>(MakeScriptBlockIn(_maker)));

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(PSObject.AsPSObject(policy), _user));
    }

    [Fact]
    public void A_TypePolicy_around_the_modules_own_script_block_copier_from_another_runspace_is_refused()
    {
        var policy = TypePolicy.Custom(new ScriptBlockCopier(MakeScriptBlockIn(_maker)).Copy);

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(policy, _user));
    }

    [Fact]
    public void A_multicast_copier_with_a_foreign_script_block_anywhere_in_it_is_refused()
    {
        Func<object, object?> dotNet = source => source;
        var combined = (Func<object, object?>)Delegate.Combine(dotNet, LanguagePrimitives.ConvertTo<Func<object, object?>>(MakeScriptBlockIn(_maker)));

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(TypePolicy.Custom(combined), _user));
    }

    [Fact]
    public void A_TypePolicy_around_a_script_block_of_the_runspace_that_asks_is_accepted_as_it_is()
    {
        var policy = TypePolicy.Custom(LanguagePrimitives.ConvertTo<Func<object, object?>>(MakeScriptBlockIn(_user)));

        Assert.Same(policy, Resolve(policy, _user));
    }

    [Fact]
    public void A_TypePolicy_around_an_unbound_script_block_is_accepted()
    {
        var policy = TypePolicy.Custom(LanguagePrimitives.ConvertTo<Func<object, object?>>(ScriptBlock.Create(CopierText)));

        Assert.Same(policy, Resolve(policy, _user));
    }

    [Fact]
    public void A_TypePolicy_around_dotnet_code_is_accepted_from_any_runspace()
    {
        var policy = TypePolicy.Custom(source => new ArrayList((ICollection)source));

        Assert.Same(policy, Resolve(policy, _user));
        Assert.Empty(CopierScriptBlocks.Of(policy));
    }

    [Fact]
    public void The_script_block_behind_a_delegate_is_the_one_it_was_made_from()
    {
        var scriptBlock = MakeScriptBlockIn(_user);
        var policy = TypePolicy.Custom(LanguagePrimitives.ConvertTo<Func<object, object?>>(scriptBlock));

        Assert.Same(scriptBlock, Assert.Single(CopierScriptBlocks.Of(policy)));
    }

    private static TypePolicy Resolve(object value, PowerShellSession here) =>
        TypePolicyParser.ResolvePolicy(value, typeof(ArrayList), SessionStateOf(here));

    private static SessionState SessionStateOf(PowerShellSession session) =>
        (SessionState)session.InvokeSingle("$ExecutionContext.SessionState").BaseObject;

    private static ScriptBlock MakeScriptBlockIn(PowerShellSession session) =>
        (ScriptBlock)session.InvokeSingle("{ " + CopierText + " }").BaseObject;
}
