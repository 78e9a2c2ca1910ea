using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Handlers;
using Xunit;

namespace DeepCopy.Tests.FrameworkLayouts;

/// <summary>
/// PowerShell's tables of members attached to unwrapped objects are found under Windows PowerShell 5.1's names too
/// (reproduced by <see cref="WindowsPowerShellResurrectionTables"/>), not only under PowerShell 7's.
/// </summary>
public sealed class ResurrectionTablesBindingTests
{
    [Fact]
    public void The_windows_powershell_names_bind_and_read_what_the_tables_hold()
    {
        var tables = ResurrectionTables.TryBind(typeof(WindowsPowerShellResurrectionTables));
        var decorated = new List<int>();
        var note = new PSNoteProperty("Owner", "ada");
        WindowsPowerShellResurrectionTables.Attach(decorated, note);
        WindowsPowerShellResurrectionTables.SetTypeNames(decorated, "Contoso.Cart", "System.Object");

        Assert.NotNull(tables);
        Assert.Same(note, Assert.Single(tables!.MembersOf(decorated)!));
        Assert.Equal(1, tables.MemberCount(decorated));
        Assert.Equal(new[] { "Contoso.Cart", "System.Object" }, tables.TypeNamesOf(decorated));
        Assert.Equal(0, tables.MemberCount(new List<int>()));
        Assert.Null(tables.TypeNamesOf(new List<int>()));
    }

    [Fact]
    public void This_powershell_binds_its_own_tables()
    {
        Assert.NotNull(ResurrectionTables.TryBind());
    }

    [Fact]
    public void A_type_without_the_tables_binds_nothing()
    {
        Assert.Null(ResurrectionTables.TryBind(typeof(FrameworkBarrier)));
    }
}
