using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>
    /// The very first copy in a fresh process, JIT included: each launch is a new process and measures one call.
    /// The target is Auto at no more than 100 ms for a new type.
    /// </summary>
    [SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
    public class FirstCallBenchmarks
    {
        private List<Order> _graph = null!;

        public static IEnumerable<DeepCopyStrategy> Strategies() =>
            new[] { DeepCopyStrategy.Auto, DeepCopyStrategy.Reflection, DeepCopyStrategy.Compiled, DeepCopyStrategy.Pooled };

        [GlobalSetup]
        public void Setup() => _graph = PocoWorkload.Build(100);

        [Benchmark]
        [ArgumentsSource(nameof(Strategies))]
        public object? FirstCopy(DeepCopyStrategy strategy) => DeepCopier.Copy(_graph, StrategyOptions.For(strategy), out _);
    }
}
