using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// The process-wide cache of type plans. Reads are lock-free; a miss builds the plan under one lock, so each plan
    /// is built exactly once even when many threads meet a new type at the same moment. Plans of types a host may
    /// unload are held weakly (<see cref="TypeTable{TValue}"/>), and with them the code generated from them.
    /// </summary>
    internal static class TypePlanCache
    {
        private static readonly TypeTable<TypePlan> Plans = new TypeTable<TypePlan>();
        private static readonly object BuildGate = new object();
        private static int _generation;
        private static long _buildCount;

        /// <summary>Changes whenever registrations change, so caches derived from plans know to start again.</summary>
        public static int Generation => Volatile.Read(ref _generation);

        /// <summary>How many plans have been built since start-up: lets tests prove a plan is built once.</summary>
        public static long BuildCount => Interlocked.Read(ref _buildCount);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TypePlan Get(Type type)
        {
            return Plans.TryGetValue(type, out var plan) ? plan : BuildAndAdd(type);
        }

        public static void Invalidate()
        {
            lock (BuildGate)
            {
                Plans.Clear();
                Interlocked.Increment(ref _generation);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static TypePlan BuildAndAdd(Type type)
        {
            lock (BuildGate)
            {
                if (Plans.TryGetValue(type, out var existing))
                {
                    return existing;
                }

                var plan = Plans.Add(type, TypePlanBuilder.Build(type, Get));
                Interlocked.Increment(ref _buildCount);
                return plan;
            }
        }
    }
}
