using System;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The process-wide cache of <see cref="JsonTypeInfo"/>: each adapter is asked about each type once, and the cache
    /// starts again whenever registrations change the plan cache's generation.
    /// </summary>
    internal static class JsonTypeCache
    {
        private static readonly GenerationTypeCache Infos = new GenerationTypeCache(JsonTypeClassifier.Build);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static JsonTypeInfo Get(Type type) => Infos.Get(type);
    }
}
