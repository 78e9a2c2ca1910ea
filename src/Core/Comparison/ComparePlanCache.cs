using System;
using System.Threading;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The process-wide cache of compare plans. It starts again when copy registrations change (plans record what the
    /// copy engine shares) or when an adapter is registered. Plans of types a host may unload are held weakly.
    /// </summary>
    internal static class ComparePlanCache
    {
        private static readonly Func<Type, ComparePlan> BuildPlan = ComparePlan.Build;
        private static int _adapterGeneration;
        private static Snapshot _current = new Snapshot(-1, -1);

        public static ComparePlan Get(Type type)
        {
            var current = _current;
            var copyGeneration = TypePlanCache.Generation;
            var adapterGeneration = Volatile.Read(ref _adapterGeneration);
            if (current.CopyGeneration != copyGeneration || current.AdapterGeneration != adapterGeneration)
            {
                current = new Snapshot(copyGeneration, adapterGeneration);
                _current = current;
            }

            return current.Plans.GetOrAdd(type, BuildPlan);
        }

        public static void Invalidate() => Interlocked.Increment(ref _adapterGeneration);

        private sealed class Snapshot
        {
            public Snapshot(int copyGeneration, int adapterGeneration)
            {
                CopyGeneration = copyGeneration;
                AdapterGeneration = adapterGeneration;
            }

            public int CopyGeneration { get; }

            public int AdapterGeneration { get; }

            public TypeTable<ComparePlan> Plans { get; } = new TypeTable<ComparePlan>();
        }
    }
}
