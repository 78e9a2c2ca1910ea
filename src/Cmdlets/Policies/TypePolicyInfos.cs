using System;
using System.Linq;
using DeepCopy.Core;

namespace DeepCopy.Policies
{
    /// <summary>
    /// Shows a Core policy entry the way the cmdlets present it: a custom copier as the script block it runs, whether it
    /// came as a script block or as a [DeepCopy.Core.TypePolicy] around one; a copier that is .NET code shows none.
    /// </summary>
    internal static class TypePolicyInfos
    {
        public static DeepCopyTypePolicyInfo From(Type type, TypePolicy policy) =>
            new DeepCopyTypePolicyInfo(type, policy.Kind, CopierScriptBlocks.Of(policy).FirstOrDefault());
    }
}
