using System;
using System.Collections;
using System.Linq.Expressions;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Errors;
using DeepCopy.Policies;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Policies;

/// <summary>
/// A script block copier made in one runspace is refused in another however it arrives: bare, or inside a Core
/// TypePolicy (the delegate PowerShell makes from it, either Custom overload, or the module's own ScriptBlockCopier),
/// and behind delegates that wrap it (another policy's public Copier, a delegate over its Invoke, a closure that calls
/// it). Copiers that are .NET code, and script blocks of the runspace that asks, are accepted.
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

    [Fact]
    public void A_TypePolicy_around_another_policys_public_Copier_is_checked_as_that_policy()
    {
        var parent = TypePolicy.Custom(ForeignDelegate());

        var rewrapped = TypePolicy.Custom(parent.Copier!);

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(rewrapped, _user));
    }

    [Fact]
    public void Rewrapping_a_policys_public_Copier_keeps_the_delegate_it_was_given()
    {
        var given = LanguagePrimitives.ConvertTo<Func<object, object?>>(MakeScriptBlockIn(_user));
        var parent = TypePolicy.Custom(given);

        var rewrapped = TypePolicy.Custom(parent.Copier!);

        Assert.Same(given, rewrapped.CopierAsGiven);
        Assert.Same(parent.Copier, rewrapped.Copier);
    }

    [Fact]
    public void A_delegate_over_a_foreign_delegates_Invoke_is_refused()
    {
        var overInvoke = (Func<object, object?>)Delegate.CreateDelegate(typeof(Func<object, object?>), ForeignDelegate(), "Invoke");

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(TypePolicy.Custom(overInvoke), _user));
    }

    [Fact]
    public void A_delegate_over_the_Invoke_of_another_policys_Copier_is_refused()
    {
        var parentCopier = TypePolicy.Custom(ForeignDelegate()).Copier!;
        var overInvoke = (Func<object, DeepCopyContext, object?>)Delegate.CreateDelegate(typeof(Func<object, DeepCopyContext, object?>), parentCopier, "Invoke");

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(TypePolicy.Custom(overInvoke), _user));
    }

    [Fact]
    public void A_compiler_made_closure_that_calls_a_foreign_delegate_is_refused()
    {
        var foreign = ForeignDelegate();
        Func<object, object?> callsIt = source => foreign(source);

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(TypePolicy.Custom(callsIt), _user));
    }

    [Fact]
    public void An_expression_tree_that_calls_a_foreign_delegate_held_as_a_constant_is_refused()
    {
        var source = Expression.Parameter(typeof(object), "source");
        var callsIt = Expression.Lambda<Func<object, object?>>(Expression.Invoke(Expression.Constant(ForeignDelegate()), source), source).Compile();

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(TypePolicy.Custom(callsIt), _user));
    }

    [Fact]
    public void An_expression_tree_that_calls_a_foreign_delegate_held_in_a_hoisted_variable_is_refused()
    {
        var held = Expression.Variable(typeof(Func<object, object?>), "held");
        var source = Expression.Parameter(typeof(object), "source");
        var inner = Expression.Lambda<Func<object, object?>>(Expression.Invoke(held, source), source);
        var maker = Expression.Lambda<Func<Func<object, object?>>>(
            Expression.Block(new[] { held }, Expression.Assign(held, Expression.Constant(ForeignDelegate())), inner)).Compile();

        Assert.Throws<InvalidTypePolicyException>(() => Resolve(TypePolicy.Custom(maker()), _user));
    }

    [Fact]
    public void A_delegate_that_holds_itself_is_searched_to_an_end_and_accepted()
    {
        Func<object, object?>? loops = null;
        loops = source => loops!(source);

        var policy = TypePolicy.Custom(loops);

        Assert.Empty(CopierScriptBlocks.Of(policy));
        Assert.Same(policy, Resolve(policy, _user));
    }

    [Fact]
    public void A_chain_of_wrappers_too_long_to_walk_ends_the_search_without_overflowing()
    {
        var copier = ForeignDelegate();
        for (var level = 0; level < 100_000; level++)
        {
            copier = (Func<object, object?>)Delegate.CreateDelegate(typeof(Func<object, object?>), copier, "Invoke");
        }

        Assert.Empty(CopierScriptBlocks.Of(TypePolicy.Custom(copier)));
    }

    [Fact]
    public void Rewrapped_copiers_of_the_runspace_that_asks_are_accepted_and_show_their_script_block()
    {
        var scriptBlock = MakeScriptBlockIn(_user);
        var given = LanguagePrimitives.ConvertTo<Func<object, object?>>(scriptBlock);
        var overInvoke = (Func<object, object?>)Delegate.CreateDelegate(typeof(Func<object, object?>), given, "Invoke");
        var rewrapped = TypePolicy.Custom(TypePolicy.Custom(overInvoke).Copier!);

        Assert.Same(rewrapped, Resolve(rewrapped, _user));
        Assert.Same(scriptBlock, Assert.Single(CopierScriptBlocks.Of(rewrapped)));
    }

    private Func<object, object?> ForeignDelegate() =>
        LanguagePrimitives.ConvertTo<Func<object, object?>>(MakeScriptBlockIn(_maker));

    private static TypePolicy Resolve(object value, PowerShellSession here) =>
        TypePolicyParser.ResolvePolicy(value, typeof(ArrayList), SessionStateOf(here));

    private static SessionState SessionStateOf(PowerShellSession session) =>
        (SessionState)session.InvokeSingle("$ExecutionContext.SessionState").BaseObject;

    private static ScriptBlock MakeScriptBlockIn(PowerShellSession session) =>
        (ScriptBlock)session.InvokeSingle("{ " + CopierText + " }").BaseObject;
}
