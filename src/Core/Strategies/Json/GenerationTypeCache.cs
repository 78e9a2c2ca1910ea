using System;
using System.Runtime.CompilerServices;
using System.Threading;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// A per-type cache that starts again whenever registrations change the plan cache's generation. Reads are
    /// lock-free; a miss builds under one lock, so each answer is worked out once per type and generation. Types a host
    /// may unload are held weakly.
    /// </summary>
    internal sealed class GenerationTypeCache
    {
        private readonly object _buildGate = new object();
        private readonly Func<Type, JsonTypeInfo> _build;
        private TypeTable<JsonTypeInfo> _infos = new TypeTable<JsonTypeInfo>();
        private int _generation = TypePlanCache.Generation;

        public GenerationTypeCache(Func<Type, JsonTypeInfo> build)
        {
            _build = build;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public JsonTypeInfo Get(Type type)
        {
            // The generation is read first, with acquire semantics, so the dictionary read after it is at least as new.
            if (Volatile.Read(ref _generation) == TypePlanCache.Generation && Volatile.Read(ref _infos).TryGetValue(type, out var info))
            {
                return info;
            }

            return BuildAndAdd(type);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private JsonTypeInfo BuildAndAdd(Type type)
        {
            lock (_buildGate)
            {
                var generation = TypePlanCache.Generation;
                if (generation != _generation)
                {
                    Volatile.Write(ref _infos, new TypeTable<JsonTypeInfo>());
                    Volatile.Write(ref _generation, generation);
                }

                if (_infos.TryGetValue(type, out var existing))
                {
                    return existing;
                }

                return _infos.Add(type, _build(type));
            }
        }
    }
}
