using System;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using DeepCopy.Core;
using DeepCopy.Core.Engine;

namespace DeepCopy
{
    /// <summary>
    /// PowerShell's own objects that its code recognises by reference and that a user's data holds, registered so every
    /// copy keeps the very instance and the comparer reports a look-alike in its place. The engine's rule for the class
    /// library's statics leaves PowerShell's assembly out on purpose: most of its statics are caches, tracers and
    /// adapters. These are the ones PowerShell compares by reference, each checked in its code:
    /// <list type="bullet">
    /// <item>PSCredential.Empty, the default of every -Credential parameter: providers and cmdlets test
    /// <c>Credential != PSCredential.Empty</c>, so a new empty credential is "a credential given" (the FileSystem provider refuses it).</item>
    /// <item>NullString.Value, what <c>[NullString]::Value</c> passes as a true null string: method binding picks a string
    /// overload for it and ConvertTo-Json writes null only for the very instance (a new one became <c>{}</c>).</item>
    /// <item>PositionUtilities.EmptyExtent, the position of an error raised outside a script (a <c>[powershell]</c>
    /// pipeline, a job): rethrowing the error fills in the position only where it holds this instance.</item>
    /// </list>
    /// Others were looked at and left out: AutomationNull.Value has its own handling (PSObjectHandler); PowerShell tells
    /// a PSCustomObject by its type, not by its one instance; ScriptBlock.EmptyScriptBlock is shared as every script
    /// block is; the PSVariables of $null, $true and $false are what a scope hands out for those names; the rest
    /// (completion and wildcard singletons, the interpreter's instructions, tracers) never reach a user's data.
    /// </summary>
    internal static class PowerShellSentinels
    {
        public static void Register()
        {
            Register(PSCredential.Empty, typeof(PSCredential), nameof(PSCredential.Empty));
            Register(NullString.Value, typeof(NullString), nameof(NullString.Value));

            // Internal to PowerShell: found by name, and left out where a version names it differently.
            var positions = typeof(PSObject).Assembly.GetType("System.Management.Automation.Language.PositionUtilities");
            var emptyExtent = positions?.GetProperty("EmptyExtent", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
            if (positions != null && emptyExtent != null && emptyExtent.GetIndexParameters().Length == 0 && emptyExtent.GetValue(null) is IScriptExtent extent)
            {
                Register(extent, positions, emptyExtent.Name);
            }
        }

        private static void Register(object instance, Type holder, string member) =>
            DeepCopyRegistry.RegisterSharedInstance(instance, "PowerShell's own [" + TypeNames.Readable(holder) + "]::" + member);
    }
}
