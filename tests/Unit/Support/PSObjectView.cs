using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Tests.Support;

/// <summary>
/// What the test helpers see of a <see cref="PSObject"/>: its base object, its own members in order and its type
/// names. Raw fields are never followed: they lead into PowerShell's process-wide adapter caches, which change
/// whenever any code anywhere touches a member, and are shared by every wrapper of a type.
/// </summary>
internal static class PSObjectView
{
    // PowerShell's own answer to "which members were attached to this object?", read without building the adapted
    // member collections. Written apart from the engine's accessor on purpose; the public API is the fallback.
    private static readonly MethodInfo? HasInstanceMembers =
        typeof(PSObject).GetMethod("HasInstanceMembers", BindingFlags.Static | BindingFlags.NonPublic);

    private static readonly PropertyInfo? InternalTypeNames =
        typeof(PSObject).GetProperty("InternalTypeNames", BindingFlags.Instance | BindingFlags.NonPublic);

    // Views PowerShell re-creates on demand once something has touched them; they are not data.
    private static readonly HashSet<string> IntrinsicMembers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "psbase", "psadapted", "psextended", "psobject", "pstypenames",
    };

    /// <summary>The members attached to this object (notes, script and alias properties, methods...), in order.</summary>
    public static List<PSMemberInfo> OwnMembers(PSObject value)
    {
        var own = new List<PSMemberInfo>();
        foreach (var member in AttachedMembers(value))
        {
            if (!IntrinsicMembers.Contains(member.Name))
            {
                own.Add(member);
            }
        }

        return own;
    }

    /// <summary>
    /// Members PowerShell keeps for an object held unwrapped (Add-Member -InputObject $list ...), in a table keyed by the
    /// object, read without creating an entry, for the types whose copies carry them. Empty where the internal reader is
    /// missing.
    /// </summary>
    public static List<PSMemberInfo> UnwrappedMembers(object value)
    {
        var own = new List<PSMemberInfo>();
        // Copies carry them only for the types the module looks up (collections, classes defined in script).
        if (HasInstanceMembers is null || value is PSObject || !DeepCopy.Handlers.AttachedMembers.Covers(value.GetType()))
        {
            return own;
        }

        var arguments = new object?[] { value, null };
        HasInstanceMembers.Invoke(null, arguments);
        foreach (var member in arguments[1] as IEnumerable<PSMemberInfo> ?? Array.Empty<PSMemberInfo>())
        {
            if (!IntrinsicMembers.Contains(member.Name))
            {
                own.Add(member);
            }
        }

        return own;
    }

    /// <summary>
    /// The type names, read without the side effect of the public getter, which stores a writable copy in a
    /// process-wide table keyed on the wrapped object (so every later wrapper of that object reports type names of its own).
    /// </summary>
    public static List<string> TypeNames(PSObject value) =>
        new List<string>(InternalTypeNames?.GetValue(value) as IEnumerable<string> ?? value.TypeNames);

    /// <summary>A note's value, which is data and is followed; null for every other kind of member.</summary>
    public static bool TryGetNoteValue(PSMemberInfo member, out object? value)
    {
        if (member.GetType() == typeof(PSNoteProperty))
        {
            value = ((PSNoteProperty)member).Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>What a member is besides its name and kind, as values compared with Equals (script blocks by identity).</summary>
    public static object?[] Definition(PSMemberInfo member) => member switch
    {
        PSScriptProperty script => new object?[] { script.GetterScript, script.SetterScript },
        PSAliasProperty alias => new object?[] { alias.ReferencedMemberName, alias.ConversionType },
        PSScriptMethod method => new object?[] { method.Script },
        PSCodeProperty code => new object?[] { code.GetterCodeReference, code.SetterCodeReference },
        PSCodeMethod code => new object?[] { code.CodeReference },
        PSPropertySet set => new List<object?>(set.ReferencedPropertyNames).ToArray(),
        _ => Array.Empty<object?>(),
    };

    private static IEnumerable<PSMemberInfo> AttachedMembers(PSObject value)
    {
        if (HasInstanceMembers != null)
        {
            var arguments = new object?[] { value, null };
            HasInstanceMembers.Invoke(null, arguments);
            return arguments[1] as IEnumerable<PSMemberInfo> ?? Array.Empty<PSMemberInfo>();
        }

        var attached = new List<PSMemberInfo>();
        foreach (var member in value.Members)
        {
            if (member.IsInstance && !(member is PSProperty) && !(member is PSMethod))
            {
                attached.Add(member);
            }
        }

        return attached;
    }
}
