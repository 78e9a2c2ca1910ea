using System;

namespace DeepCopy.Core
{
    /// <summary>
    /// Declares that values of this class or struct, and of every class derived from it, are immutable by contract:
    /// a deep copy keeps the same reference instead of copying them. Put it on types you own whose instances never
    /// change after construction. A type policy given with a copy (<see cref="DeepCopyOptions.TypePolicies"/>) overrides it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true, AllowMultiple = false)]
    public sealed class DeepCopyShareAttribute : Attribute
    {
    }
}
