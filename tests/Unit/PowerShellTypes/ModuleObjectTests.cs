using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// New-Module -AsCustomObject gives an object whose properties are PSVariableProperty: notes that read and write the
/// module's variables. A copy must not write the source's variables, so each becomes a plain note holding a copy of
/// the variable's value, as a [ref] bound to a variable is detached. The module's functions stay shared definitions.
/// </summary>
public sealed class ModuleObjectTests
{
    private const string Script = @"
New-Module -AsCustomObject {
    $n = 5
    $name = 'x'
    $list = [System.Collections.Generic.List[int]]@(1)
    $again = $list
    function Get-N { $n }
    Export-ModuleMember -Variable n, name, list, again -Function Get-N
}";

    private const string ValuesOnly = "New-Module -AsCustomObject { $n = 5; $name = 'x'; Export-ModuleMember -Variable n, name }";

    public ModuleObjectTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copy_is_detached_from_the_modules_variables(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle(ValuesOnly);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        var results = session.Invoke("param($c, $s) $c.n = 99; $c.name = 'y'; $s.n; $s.name; $c.n; $c.name", new Hashtable { ["c"] = copy, ["s"] = source });

        Assert.Equal(new object[] { 5, "x", 99, "y" }, results.Select(r => r.BaseObject).ToArray());
        Assert.IsType<PSNoteProperty>(copy.Properties["n"]);
        Assert.Empty(DeepComparer.Compare(source, DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }), new DeepCompareOptions { Independence = true }));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Variable_values_are_copied_deeply_keeping_their_sharing(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle(Script);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var list = Assert.IsType<List<int>>(copy.Properties["list"].Value);
        Assert.NotSame(source.Properties["list"].Value, list);
        Assert.Same(list, copy.Properties["again"].Value);
        Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true })));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_modules_functions_stay_bound_to_the_source_module(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle(Script);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        var results = session.Invoke("param($c) $c.n = 99; $c.'Get-N'()", new Hashtable { ["c"] = copy });

        // The method runs in the source's module, so it reads the source's variable, not the copy's note.
        Assert.Equal(5, Assert.Single(results).BaseObject);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_variable_bound_note_inside_a_member_set_is_detached_in_place(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle(@"
$global:bound = 5
$set = [System.Management.Automation.PSMemberSet]::new('Cfg', [System.Management.Automation.PSMemberInfo[]]@(
    [System.Management.Automation.PSNoteProperty]::new('first', 1),
    [System.Management.Automation.PSVariableProperty]::new((Get-Variable bound -Scope Global)),
    [System.Management.Automation.PSNoteProperty]::new('last', 3)))
$o = [pscustomobject]@{ A = 1 }
$o.psobject.Members.Add($set)
$o");

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        var results = session.Invoke("param($c) $c.Cfg.bound = 99; $global:bound; $c.Cfg.bound; ($c.Cfg.psobject.Members | Where-Object IsInstance | ForEach-Object Name) -join ','", new Hashtable { ["c"] = copy });

        Assert.Equal(new object[] { 5, 99, "first,bound,last" }, results.Select(r => r.BaseObject).ToArray());
    }
}
