using System;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy
{
    /// <summary>One session type policy, as Get-DeepCopyTypePolicy shows it.</summary>
    public sealed class DeepCopyTypePolicyInfo
    {
        internal DeepCopyTypePolicyInfo(Type type, TypePolicyKind policy, ScriptBlock? copier, bool nameIsShared)
        {
            Type = type;
            Policy = policy;
            Copier = copier;
            DisplayName = nameIsShared ? DeepCopy.Core.Engine.TypeNames.ReadableWithAssemblies(type) : TypeName;
        }

        /// <summary>The type the policy is for; it applies to the type's subtypes too.</summary>
        public Type Type { get; }

        /// <summary>
        /// <see cref="Type"/> as PowerShell writes it and DeepCopy's messages name it (<c>System.Collections.Generic.List[System.Int32]</c>,
        /// not <c>List`1[System.Int32]</c>).
        /// </summary>
        public string TypeName => DeepCopy.Core.Engine.TypeNames.Readable(Type);

        /// <summary>
        /// <see cref="TypeName"/>, followed by the type's assemblies and their versions when another policy of the session
        /// is for a different type of the same name: <c>Pt (PowerShell Class Assembly, Version=1.0.0.1)</c>, since each
        /// definition of a class in script is a new type of the old name. The default table shows it in the Type column.
        /// </summary>
        public string DisplayName { get; }

        /// <summary>What the copy does with values of the type.</summary>
        public TypePolicyKind Policy { get; }

        /// <summary>For <see cref="TypePolicyKind.Custom"/>: the script block that makes the copy.</summary>
        public ScriptBlock? Copier { get; }
    }
}
