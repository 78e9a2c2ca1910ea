using System;
using System.Runtime.InteropServices;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Recognises the garbage collector's handles: GCHandle, and on .NET 9+ GCHandle&lt;T&gt;, PinnedGCHandle&lt;T&gt; and
    /// WeakGCHandle&lt;T&gt;. Each is a struct of one IntPtr naming a slot the collector keeps for an object (strong,
    /// weak or pinned). Copied bit for bit, the copy named the source's slot: it reached the source's object, and freeing
    /// either freed both. The generic ones are newer than netstandard2.0, so they are found by name in GCHandle's assembly.
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

        public static bool Is(Type type)
        {
            if (type == typeof(GCHandle))
            {
                return true;
            }

            if (!type.IsValueType || !type.IsGenericType || type.Assembly != typeof(GCHandle).Assembly)
            {
                return false;
            }

            return Array.IndexOf(GenericNames, type.GetGenericTypeDefinition().FullName) >= 0;
        }
    }
}
