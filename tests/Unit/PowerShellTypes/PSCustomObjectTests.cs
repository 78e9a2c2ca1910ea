using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>PSObjects built by real scripts: note properties are deep-copied, type names kept, the wrapper stays a PSObject.</summary>
public sealed class PSCustomObjectTests
{
    public PSCustomObjectTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Note_properties_are_deep_copied_in_order(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle("[pscustomobject]@{ Name = 'n'; Count = 3; Nested = @{ list = [System.Collections.ArrayList]::new(@(1, 2)) } }");

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.IsType<PSCustomObject>(copy.BaseObject);
        Assert.Equal(new[] { "Name", "Count", "Nested" }, copy.Properties.Select(p => p.Name));
        Assert.Equal("n", copy.Properties["Name"].Value);
        Assert.Equal(3, copy.Properties["Count"].Value);
        var nested = Assert.IsType<Hashtable>(source.Properties["Nested"].Value);
        var nestedCopy = Assert.IsType<Hashtable>(copy.Properties["Nested"].Value);
        Assert.NotSame(nested, nestedCopy);
        Assert.NotSame(nested["list"], nestedCopy["LIST"]);
        GraphAssert.IsDeepCopy(nested, nestedCopy);

        copy.Properties["Name"].Value = "changed";
        Assert.Equal("n", source.Properties["Name"].Value);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Type_names_are_kept_with_a_custom_name_first(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = session.InvokeSingle("$o = [pscustomobject]@{ A = 1 }; $o.PSObject.TypeNames.Insert(0, 'Contoso.Widget'); $o");

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal("Contoso.Widget", copy.TypeNames[0]);
        Assert.Equal(source.TypeNames, copy.TypeNames);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void PSObject_wrapping_a_hashtable_copies_the_table_and_its_note(DeepCopyStrategy strategy)
    {
        var table = new Hashtable { ["k"] = new ArrayList { 1 } };
        var extra = new List<int> { 1, 2 };
        var source = new PSObject(table);
        source.Properties.Add(new PSNoteProperty("Extra", extra));

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var tableCopy = Assert.IsType<Hashtable>(copy.BaseObject);
        Assert.NotSame(table, tableCopy);
        GraphAssert.IsDeepCopy(table, tableCopy);
        var extraCopy = Assert.IsType<List<int>>(copy.Properties["Extra"]?.Value);
        Assert.NotSame(extra, extraCopy);
        Assert.Equal(extra, extraCopy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void PSObject_shared_in_the_graph_stays_shared(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var item = session.InvokeSingle("[pscustomobject]@{ A = 1 }");
        var source = new object[] { item, new Hashtable { ["again"] = item } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(item, copy[0]);
        Assert.Same(copy[0], ((Hashtable)copy[1])["again"]);
    }
}
