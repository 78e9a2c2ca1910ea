using System;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Core.Engine;

namespace DeepCopy.Policies
{
    /// <summary>
    /// Shows a Core policy entry the way the cmdlets present it: a custom copier as the script block it runs, whether it
    /// came as a script block or as a [DeepCopy.Core.TypePolicy] around one; a copier that is .NET code shows none.
    /// </summary>
    internal static class TypePolicyInfos
    {
        /// <param name="sessionEntries">The session's policies, among which another type of the same name is looked for.</param>
        public static DeepCopyTypePolicyInfo From(Type type, TypePolicy policy, IReadOnlyList<KeyValuePair<Type, TypePolicy>> sessionEntries) =>
            new DeepCopyTypePolicyInfo(type, policy.Kind, CopierScriptBlocks.Of(policy).FirstOrDefault(), SameName(type, sessionEntries).Count != 0);

        /// <summary>
        /// The types of <paramref name="sessionEntries"/> other than <paramref name="type"/> that are written as it is: a
        /// class defined again in script is a new type of the old name, and a policy set for each lists both.
        /// </summary>
        public static List<Type> SameName(Type type, IReadOnlyList<KeyValuePair<Type, TypePolicy>> sessionEntries)
        {
            var found = new List<Type>();
            string? name = null;
            foreach (var entry in sessionEntries)
            {
                if (entry.Key != type && entry.Key.Name == type.Name && TypeNames.Readable(entry.Key) == (name ??= TypeNames.Readable(type)))
                {
                    found.Add(entry.Key);
                }
            }

            return found;
        }
    }
}
