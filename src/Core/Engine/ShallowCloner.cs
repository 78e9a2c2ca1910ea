using System;
using System.Reflection;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Calls <see cref="object.MemberwiseClone"/> on any object. It copies every field at once without running a
    /// constructor, so only the fields that need deep work are rewritten afterwards.
    /// </summary>
    internal static class ShallowCloner
    {
        // PERF: an open-instance delegate to the protected method, bound once; as fast as a virtual call.
        public static readonly Func<object, object> Clone = (Func<object, object>)Delegate.CreateDelegate(
            typeof(Func<object, object>),
            typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!);
    }
}
