using System;
using DeepCopy.Core;

namespace DeepCopy.Policies
{
    /// <summary>Shows a Core policy entry the way the cmdlets present it: a script block copier as its script block.</summary>
    internal static class TypePolicyInfos
    {
        public static DeepCopyTypePolicyInfo From(Type type, TypePolicy policy) =>
            new DeepCopyTypePolicyInfo(type, policy.Kind, (policy.Copier?.Target as ScriptBlockCopier)?.ScriptBlock);
    }
}
