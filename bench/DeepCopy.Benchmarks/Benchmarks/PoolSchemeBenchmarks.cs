using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using Microsoft.Extensions.ObjectPool;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>
    /// The two pooling schemes the issue offered for Pooled: the per-thread slot it uses, and
    /// Microsoft.Extensions.ObjectPool's shared pool with a resetting policy. Same engine, same generated code; only
    /// where the copy context comes from differs. Small graphs show the renting cost; large ones show it vanish.
    /// </summary>
    public class PoolSchemeBenchmarks
    {
        private static readonly DeepCopyOptions PooledOptions = new DeepCopyOptions { Strategy = DeepCopyStrategy.Pooled };
        private readonly ObjectPool<DeepCopyContext> _sharedPool = new DefaultObjectPool<DeepCopyContext>(new ContextPolicy(), 16);
        private List<Order> _graph = null!;

        [Params(1, 100, 10_000)]
        public int Orders { get; set; }

        /// <summary>Threads copying at once (one copy each per operation): with 2, the shared pool is contended.</summary>
        [Params(1, 2)]
        public int Threads { get; set; }

        [GlobalSetup]
        public void Setup() => _graph = PocoWorkload.Build(Orders);

        [Benchmark(Baseline = true)]
        public object? ThreadStaticSlot() => OnEachThread(() => DeepCopier.Copy(_graph, PooledOptions, out _));

        [Benchmark]
        public object? ObjectPoolShared() => OnEachThread(() =>
        {
            var context = _sharedPool.Get();
            try
            {
                return context.Run(_graph, PooledOptions);
            }
            finally
            {
                _sharedPool.Return(context);
            }
        });

        private object? OnEachThread(Func<object?> copy)
        {
            if (Threads == 1)
            {
                return copy();
            }

            // Both schemes pay the same fork and join, so their ratio still compares the pools.
            var copies = new object?[Threads];
            Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i => copies[i] = copy());
            return copies;
        }

        private sealed class ContextPolicy : PooledObjectPolicy<DeepCopyContext>
        {
            public override DeepCopyContext Create() => new DeepCopyContext(CompiledObjectFiller.Instance);

            public override bool Return(DeepCopyContext obj)
            {
                obj.Clear();
                return true;
            }
        }
    }
}
