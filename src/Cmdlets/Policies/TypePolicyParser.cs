using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Errors;

namespace DeepCopy.Policies
{
    /// <summary>Turns what a user types (<c>@{ 'System.IO.Stream' = 'Share'; hashtable = { ... } }</c>) into Core type policies.</summary>
    internal static class TypePolicyParser
    {
        /// <exception cref="InvalidTypePolicyException">A key is not a type, a value is not a policy, or the type cannot take one.</exception>
        public static TypePolicySet Parse(IDictionary table, SessionState here)
        {
            var builder = TypePolicySet.CreateBuilder();
            foreach (DictionaryEntry entry in table)
            {
                var type = ResolveType(entry.Key);
                Set(builder, type, ResolvePolicy(entry.Value, type, here));
            }

            return builder.Build();
        }

        public static void Set(TypePolicySetBuilder builder, Type type, TypePolicy policy)
        {
            try
            {
                builder.Set(type, policy);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidTypePolicyException(ArgumentMessages.WithoutParameterName(ex), type, ex);
            }
        }

        /// <summary>A [type], or a name as PowerShell's own [type] conversion reads it: full names and accelerators alike.</summary>
        public static Type ResolveType(object? key)
        {
            var value = key is PSObject wrapped ? wrapped.BaseObject : key;
            if (value is Type type)
            {
                return type;
            }

            if (value is string name && name.Trim().Length > 0)
            {
                var trimmed = name.Trim();
                if (trimmed.Length > 2 && trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']')
                {
                    trimmed = trimmed.Substring(1, trimmed.Length - 2);
                }

                try
                {
                    return LanguagePrimitives.ConvertTo<Type>(trimmed);
                }
                catch (PSInvalidCastException ex)
                {
                    throw new InvalidTypePolicyException(
                        string.Format(CultureInfo.InvariantCulture, "The type policy key '{0}' is not a type that this session knows.", name),
                        key,
                        ex);
                }
            }

            throw new InvalidTypePolicyException(
                string.Format(CultureInfo.InvariantCulture, "A type policy key must be a type or a type name, not {0}.", Describe(value)),
                key);
        }

        /// <summary>
        /// 'Copy', 'Share', 'Null', 'Throw' or 'Clone' (any case), a script block copier made in the runspace of
        /// <paramref name="here"/>, or a Core <see cref="TypePolicy"/>, whose copier, if PowerShell made it from a
        /// script block, must have been made there too.
        /// </summary>
        public static TypePolicy ResolvePolicy(object? value, Type type, SessionState here)
        {
            var unwrapped = value is PSObject wrapped ? wrapped.BaseObject : value;
            switch (unwrapped)
            {
                case ScriptBlock scriptBlock when ScriptBlockAffinity.Current.BelongsElsewhere(scriptBlock, here):
                    throw ForeignCopier(type, value, "The copier script block for [{0}] was created in another runspace");
                case ScriptBlock scriptBlock:
                    return TypePolicy.Custom(new ScriptBlockCopier(scriptBlock).Copy);
                case TypePolicy policy when CopierScriptBlocks.Of(policy).Any(scriptBlock => ScriptBlockAffinity.Current.BelongsElsewhere(scriptBlock, here)):
                    throw ForeignCopier(type, value, "The [DeepCopy.Core.TypePolicy] for [{0}] runs a copier script block that was created in another runspace");
                case TypePolicy policy:
                    return policy;
                case TypePolicyKind kind when kind != TypePolicyKind.Custom:
                    return TypePolicy.FromKind(kind);
                case string name:
                    foreach (TypePolicyKind kind in Enum.GetValues(typeof(TypePolicyKind)))
                    {
                        if (kind != TypePolicyKind.Custom && string.Equals(name.Trim(), kind.ToString(), StringComparison.OrdinalIgnoreCase))
                        {
                            return TypePolicy.FromKind(kind);
                        }
                    }

                    break;
            }

            throw new InvalidTypePolicyException(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "The type policy for [{0}] is {1}; it must be 'Copy', 'Share', 'Null', 'Throw', 'Clone', a script block that returns the copy, or a [DeepCopy.Core.TypePolicy].",
                    TypeNames.Readable(type),
                    Describe(unwrapped)),
                value);
        }

        /// <summary>
        /// One refusal for every way a script block copier can arrive, bare or inside a policy object: run here, it would
        /// run against the state of its own runspace from this thread, while that runspace's own thread may be using it.
        /// </summary>
        private static InvalidTypePolicyException ForeignCopier(Type type, object? value, string whatFormat) =>
            new InvalidTypePolicyException(
                string.Format(CultureInfo.InvariantCulture, whatFormat, TypeNames.Readable(type))
                    + " (it came through $using: or a variable shared between runspaces). PowerShell runs a script block against the state of the runspace that created it, which another thread is using, so it cannot run here.",
                value)
            {
                RecommendedAction = "Create the copier in this runspace: define it inside the parallel script block or thread job, or pass its text and make it there with [scriptblock]::Create($using:copierText).",
            };

        private static string Describe(object? value) =>
            value is string text ? "'" + text + "'" : value is null ? "$null" : "a [" + TypeNames.Readable(value.GetType()) + "]";
    }
}
