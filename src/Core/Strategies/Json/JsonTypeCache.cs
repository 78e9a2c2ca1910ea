using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The process-wide cache of <see cref="JsonTypeInfo"/>. Reads are lock-free; a miss builds under one lock, so each
    /// adapter is asked about each type once. It starts again whenever registrations change the plan cache's generation.
    /// </summary>
    internal static class JsonTypeCache
    {
        private static readonly object BuildGate = new object();
        private static ConcurrentDictionary<Type, JsonTypeInfo> _infos = new ConcurrentDictionary<Type, JsonTypeInfo>();
        private static int _generation = TypePlanCache.Generation;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static JsonTypeInfo Get(Type type)
        {
            // The generation is read first, with acquire semantics, so the dictionary read after it is at least as new.
            if (Volatile.Read(ref _generation) == TypePlanCache.Generation && Volatile.Read(ref _infos).TryGetValue(type, out var info))
            {
                return info;
            }

            return BuildAndAdd(type);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static JsonTypeInfo BuildAndAdd(Type type)
        {
            lock (BuildGate)
            {
                var generation = TypePlanCache.Generation;
                if (generation != _generation)
                {
                    Volatile.Write(ref _infos, new ConcurrentDictionary<Type, JsonTypeInfo>());
                    Volatile.Write(ref _generation, generation);
                }

                if (_infos.TryGetValue(type, out var existing))
                {
                    return existing;
                }

                var info = JsonTypeClassifier.Build(type);
                _infos[type] = info;
                return info;
            }
        }
    }
}
