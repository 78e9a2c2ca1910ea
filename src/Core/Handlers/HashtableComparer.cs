using System;
using System.Collections;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Reads a Hashtable's comparer, which is only exposed through a protected property.</summary>
    internal static class HashtableComparer
    {
        // PERF: an open delegate to the protected getter reads it at call speed.
        public static readonly Func<Hashtable, IEqualityComparer?> Read =
            (Func<Hashtable, IEqualityComparer?>)Delegate.CreateDelegate(
                typeof(Func<Hashtable, IEqualityComparer?>),
                typeof(Hashtable).GetProperty("EqualityComparer", BindingFlags.Instance | BindingFlags.NonPublic)!.GetGetMethod(true)!);
    }
}
