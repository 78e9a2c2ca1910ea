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

        /// <summary>
        /// <see cref="Type"/> as PowerShell writes it and DeepCopy's messages name it (<c>System.Collections.Generic.List[System.Int32]</c>,
        /// not <c>List`1[System.Int32]</c>); the default table shows it in the Type column.
        /// </summary>
        public string TypeName => DeepCopy.Core.Engine.TypeNames.Readable(Type);

        /// <summary>What the copy does with values of the type.</summary>
        public TypePolicyKind Policy { get; }

        /// <summary>For <see cref="TypePolicyKind.Custom"/>: the script block that makes the copy.</summary>
        public ScriptBlock? Copier { get; }
    }
}
