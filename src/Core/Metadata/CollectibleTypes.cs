using System;
using System.Reflection;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Tells the types a host may unload (from a collectible AssemblyLoadContext or a RunAndCollect dynamic assembly,
    /// including generic instantiations, arrays and pointers over them) from the rest, so the library's type caches can
    /// hold the former weakly and keep their fast strong dictionaries for everything else. Asked once per type per
    /// cache, when an entry is added; never on a cache hit.
    /// </summary>
    internal static class CollectibleTypes
    {
        // MemberInfo.IsCollectible (.NET Core 3.0 and later) is the runtime's own answer for a type: its loader
        // allocator, which for List<Plugin> or Plugin[] is the plugin's. netstandard2.0 cannot name it, so it is bound
        // once by reflection; null where the runtime has no such property (.NET Framework) or refuses the binding.
        private static readonly Func<MemberInfo, bool>? RuntimeAnswer = BindIsCollectible();

        public static bool IsCollectible(Type type) => RuntimeAnswer != null ? RuntimeAnswer(type) : MayBeUnloaded(type);

        /// <summary>
        /// Without the runtime's answer (.NET Framework, so Windows PowerShell 5.1): there are no collectible load
        /// contexts there, only RunAndCollect dynamic assemblies, and nothing public tells those from Run ones. Every
        /// dynamic assembly's types are taken as collectible (PowerShell's own script classes are emitted with
        /// RunAndCollect): they are cached weakly, a little slower, but never pinned. Other assemblies cannot unload.
        /// </summary>
        internal static bool MayBeUnloaded(Type type)
        {
            if (type.HasElementType)
            {
                return MayBeUnloaded(type.GetElementType()!);
            }

            if (type.IsGenericType && !type.IsGenericTypeDefinition)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    if (MayBeUnloaded(argument))
                    {
                        return true;
                    }
                }
            }

            return !type.IsGenericParameter && type.Assembly.IsDynamic;
        }

        private static Func<MemberInfo, bool>? BindIsCollectible()
        {
            try
            {
                var getter = typeof(MemberInfo).GetProperty("IsCollectible", typeof(bool))?.GetGetMethod();
                return getter is null ? null : (Func<MemberInfo, bool>)Delegate.CreateDelegate(typeof(Func<MemberInfo, bool>), getter);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is MemberAccessException || ex is NotSupportedException)
            {
                return null;
            }
        }
    }
}
