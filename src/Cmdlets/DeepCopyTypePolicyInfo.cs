using System;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy
{
    /// <summary>One session type policy, as Get-DeepCopyTypePolicy shows it.</summary>
    public sealed class DeepCopyTypePolicyInfo
    {
        internal DeepCopyTypePolicyInfo(Type type, TypePolicyKind policy, ScriptBlock? copier)
        {
            Type = type;
            Policy = policy;
            Copier = copier;
        }

        /// <summary>The type the policy is for; it applies to the type's subtypes too.</summary>
        public Type Type { get; }

        /// <summary>What the copy does with values of the type.</summary>
        public TypePolicyKind Policy { get; }

        /// <summary>For <see cref="TypePolicyKind.Custom"/>: the script block that makes the copy.</summary>
        public ScriptBlock? Copier { get; }
    }
}
