using System;
using System.Runtime.InteropServices;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Recognises the garbage collector's handles: GCHandle, .NET 6's DependentHandle, and on .NET 9+ GCHandle&lt;T&gt;,
    /// PinnedGCHandle&lt;T&gt; and WeakGCHandle&lt;T&gt;. Each is a struct of one IntPtr naming a slot the collector keeps
    /// for an object (strong, weak, pinned, or a target with its dependent). Copied bit for bit, the copy named the
    /// source's slot: it reached the source's object, and freeing either freed both (a freed DependentHandle slot is
    /// reused by the next one allocated, which the source then read as its own). All but GCHandle are newer than
    /// netstandard2.0, so they are found by name in GCHandle's assembly. Each has IsAllocated, which
    /// <see cref="Engine.EmptyRuntimeValues"/> reads to let an unallocated one copy as the value it is.
    /// </summary>
    internal static class GcHandleTypes
    {
        private static readonly string[] GenericNames =
        {
            "System.Runtime.InteropServices.GCHandle`1",
            "System.Runtime.InteropServices.PinnedGCHandle`1",
            "System.Runtime.InteropServices.WeakGCHandle`1",
        };

        public const string Reason =
            "it is a GC handle, a slot the garbage collector keeps for an object, which a copy would share with the source and could free twice";

        private const string DependentHandleName = "System.Runtime.DependentHandle";

        public static bool Is(Type type)
        {
            if (type == typeof(GCHandle))
            {
                return true;
            }

            if (!type.IsValueType || type.Assembly != typeof(GCHandle).Assembly)
            {
                return false;
            }

            return type.IsGenericType
                ? Array.IndexOf(GenericNames, type.GetGenericTypeDefinition().FullName) >= 0
                : type.FullName == DependentHandleName;
        }
    }
}
