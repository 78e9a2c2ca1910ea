using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace DeepCopy.Tests.FrameworkLayouts;

/// <summary>
/// The two static tables as Windows PowerShell 5.1's PSObject declares them: _ names instead of PowerShell 7's s_.
/// The entry types stand in for SMA's internal ones with the members the binding uses (Count, the interfaces).
/// </summary>
internal static class WindowsPowerShellResurrectionTables
{
    private static readonly ConditionalWeakTable<object, List<PSMemberInfo>> _instanceMembersResurrectionTable = new();
    private static readonly ConditionalWeakTable<object, List<string>> _typeNamesResurrectionTable = new();

    public static void Attach(object target, PSMemberInfo member) => _instanceMembersResurrectionTable.GetValue(target, _ => new List<PSMemberInfo>()).Add(member);

    public static void SetTypeNames(object target, params string[] names) => _typeNamesResurrectionTable.Add(target, new List<string>(names));
}
